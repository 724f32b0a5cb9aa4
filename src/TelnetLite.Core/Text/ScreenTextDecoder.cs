using System.Globalization;
using System.Text;

namespace TelnetLite.Core.Text;

/// <summary>
/// Turns received bytes into text that is safe to show on a terminal: UTF-8 decoded, with every control
/// character made visible so that no escape sequence from the server ever reaches the user's terminal.
/// </summary>
/// <remarks>
/// <para>TAB, LF and the CR of a CR LF pass. A CR that is not followed by LF would send the cursor back to
/// overwrite the line it ends (a server could hide text that way): it appears as <c>^M</c>. Other C0 controls
/// appear in caret notation (<c>^[</c> for ESC, <c>^G</c> for BEL), DEL as <c>^?</c>, C1 controls (U+0080–U+009F)
/// as <c>\xNN</c> with their code point, and each byte
/// that is not part of valid UTF-8 (overlong forms, surrogates and values above U+10FFFF included) as
/// <c>\xNN</c> with its value, NN in upper-case hexadecimal. The invisible format characters that reorder or hide
/// text (bidirectional overrides and isolates, zero-width characters, U+FEFF) appear as <c>\uNNNN</c>, e.g.
/// <c>\u202E</c>, so that <c>x&#x202E;gnp.exe</c> cannot pass for <c>xexe.png</c>.</para>
/// <para>Two escape sequences that shells send at every prompt are dropped instead of shown, because they only style
/// text or switch a terminal mode and can neither move the cursor nor hide anything: SGR colours and styles
/// (<c>ESC[...m</c>) and bracketed-paste mode on and off (<c>ESC[?2004h</c>, <c>ESC[?2004l</c>). Every other sequence
/// stays visible (<c>^[[2J</c>, <c>^[]0;title^G</c>). A CR with nothing shown before it on its line is dropped too:
/// it cannot overwrite anything (bash sends one after <c>ESC[?2004l</c>).</para>
/// <para>Resumable: a sequence split across chunks is held and completed by the next chunk, and so is a CR that
/// ends a chunk (until the next byte says whether LF follows), so the text does not depend on where the chunks
/// split. Call <see cref="Flush(StringBuilder)"/> when no more bytes are coming soon (the connection went quiet or
/// closed) to show a held incomplete sequence as <c>\xNN</c> and a held CR as <c>^M</c>. Never throws on any
/// input. Not thread-safe.</para>
/// </remarks>
internal sealed class ScreenTextDecoder
{
    private readonly byte[] _held = new byte[4];
    private int _heldCount;
    private int _sequenceLength;
    private int _codePoint;
    private byte _secondMin;
    private byte _secondMax;
    private bool _crHeld;
    // An escape sequence being read: ESC alone, or ESC [ and the parameter bytes so far.
    private readonly StringBuilder _sequence = new(DroppedSequences.MaximumLength);
    private bool _inSequence;
    // True once something other than a line end was shown on the current line.
    private bool _lineHasText;

    /// <summary>Whether an incomplete UTF-8 sequence, escape sequence or a CR is held, waiting for the next bytes.</summary>
    public bool HasPending => _heldCount > 0 || _crHeld || _inSequence;

    /// <summary>Decodes <paramref name="bytes"/>, appending the safe text to <paramref name="output"/>.</summary>
    public void Decode(ReadOnlySpan<byte> bytes, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var value in bytes)
        {
            if (_crHeld)
            {
                _crHeld = false;
                if (value == (byte)'\n')
                {
                    output.Append("\r\n");
                    _lineHasText = false;
                    continue;
                }

                AppendLoneCr(output);
            }

            if (_heldCount > 0 && Continue(value, output))
            {
                continue;
            }

            if (_inSequence && ContinueSequence(value, output))
            {
                continue;
            }

            if (value == (byte)'\r')
            {
                // An invalid sequence before the CR was released above; the CR waits for its LF.
                _crHeld = true;
                continue;
            }

            if (value == 0x1B)
            {
                _inSequence = true;
                _sequence.Clear().Append('\u001b');
                continue;
            }

            Start(value, output);
        }
    }

    /// <summary>Decodes <paramref name="bytes"/> and returns the safe text.</summary>
    public string Decode(ReadOnlySpan<byte> bytes)
    {
        var output = new StringBuilder(bytes.Length);
        Decode(bytes, output);
        return output.ToString();
    }

    /// <summary>Appends a held incomplete sequence as <c>\xNN</c> per byte, or a held CR as <c>^M</c>, and forgets it.</summary>
    public void Flush(StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ReleaseHeldAsInvalid(output);
        ReleaseSequence(output);
        if (_crHeld) AppendLoneCr(output);
        _crHeld = false;
    }

    /// <summary>Returns what <see cref="Flush(StringBuilder)"/> appends (empty when nothing is held) and forgets it.</summary>
    public string Flush()
    {
        var output = new StringBuilder();
        Flush(output);
        return output.ToString();
    }

    // Returns false when the byte does not continue the escape sequence; what was held was shown then.
    private bool ContinueSequence(byte value, StringBuilder output)
    {
        var parameters = _sequence.Length > 1;
        if (_sequence.Length == 1 ? value == (byte)'[' : value is >= 0x20 and <= 0x3F)
        {
            if (_sequence.Length < DroppedSequences.MaximumLength)
            {
                _sequence.Append((char)value);
                return true;
            }
        }
        else if (parameters && value is >= 0x40 and <= 0x7E)
        {
            _sequence.Append((char)value);
            var sequence = _sequence.ToString();
            _inSequence = false;
            _sequence.Clear();
            if (!DroppedSequences.IsDropped(sequence)) AppendVisible(sequence, output);
            return true;
        }

        ReleaseSequence(output);
        return false;
    }

    private void ReleaseSequence(StringBuilder output)
    {
        if (!_inSequence) return;
        _inSequence = false;
        AppendVisible(_sequence.ToString(), output);
        _sequence.Clear();
    }

    private void AppendVisible(string text, StringBuilder output)
    {
        foreach (var c in text) TerminalText.AppendVisible(c, output);
        _lineHasText = true;
    }

    private void AppendLoneCr(StringBuilder output)
    {
        if (_lineHasText) output.Append("^M");
    }

    // Returns false when the byte does not continue the held sequence; the held bytes were released then.
    private bool Continue(byte value, StringBuilder output)
    {
        var min = _heldCount == 1 ? _secondMin : (byte)0x80;
        var max = _heldCount == 1 ? _secondMax : (byte)0xBF;
        if (value < min || value > max)
        {
            ReleaseHeldAsInvalid(output);
            return false;
        }

        _held[_heldCount++] = value;
        _codePoint = (_codePoint << 6) | (value & 0x3F);
        if (_heldCount == _sequenceLength)
        {
            _heldCount = 0;
            AppendCodePoint(_codePoint, output);
        }

        return true;
    }

    private void Start(byte value, StringBuilder output)
    {
        // The ranges of the second byte come from RFC 3629 section 4: they exclude overlong forms,
        // surrogates and code points above U+10FFFF.
        switch (value)
        {
            case < 0x80:
                AppendCodePoint(value, output);
                return;
            case >= 0xC2 and <= 0xDF:
                Hold(value, 2, value & 0x1F, 0x80, 0xBF);
                return;
            case 0xE0:
                Hold(value, 3, value & 0x0F, 0xA0, 0xBF);
                return;
            case 0xED:
                Hold(value, 3, value & 0x0F, 0x80, 0x9F);
                return;
            case >= 0xE1 and <= 0xEF:
                Hold(value, 3, value & 0x0F, 0x80, 0xBF);
                return;
            case 0xF0:
                Hold(value, 4, value & 0x07, 0x90, 0xBF);
                return;
            case >= 0xF1 and <= 0xF3:
                Hold(value, 4, value & 0x07, 0x80, 0xBF);
                return;
            case 0xF4:
                Hold(value, 4, value & 0x07, 0x80, 0x8F);
                return;
            default:
                AppendHex(value, output);
                return;
        }
    }

    private void Hold(byte lead, int sequenceLength, int leadBits, byte secondMin, byte secondMax)
    {
        _held[0] = lead;
        _heldCount = 1;
        _sequenceLength = sequenceLength;
        _codePoint = leadBits;
        _secondMin = secondMin;
        _secondMax = secondMax;
    }

    private void ReleaseHeldAsInvalid(StringBuilder output)
    {
        for (var i = 0; i < _heldCount; i++)
        {
            AppendHex(_held[i], output);
        }

        _heldCount = 0;
    }

    private void AppendCodePoint(int codePoint, StringBuilder output)
    {
        // LF passes as the line end it is; a CR never comes here (Decode holds it for its LF).
        _lineHasText = codePoint != '\n';
        if (codePoint == '\n') output.Append('\n');
        else TerminalText.AppendVisible(codePoint, output);
    }

    private void AppendHex(int value, StringBuilder output)
    {
        _lineHasText = true;
        output.Append("\\x").Append(value.ToString("X2", CultureInfo.InvariantCulture));
    }
}
