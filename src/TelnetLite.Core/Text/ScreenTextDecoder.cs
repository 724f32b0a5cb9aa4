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
/// <para>Resumable: a sequence split across chunks is held and completed by the next chunk, and so is a CR that
/// ends a chunk (until the next byte says whether LF follows), so the text does not depend on where the chunks
/// split. Call <see cref="Flush(StringBuilder)"/> when no more bytes are coming soon (the connection went quiet or
/// closed) to show a held incomplete sequence as <c>\xNN</c> and a held CR as <c>^M</c>. Never throws on any
/// input. Not thread-safe.</para>
/// </remarks>
public sealed class ScreenTextDecoder
{
    private readonly byte[] _held = new byte[4];
    private int _heldCount;
    private int _sequenceLength;
    private int _codePoint;
    private byte _secondMin;
    private byte _secondMax;
    private bool _crHeld;

    /// <summary>Whether an incomplete UTF-8 sequence or a CR is held, waiting for the next bytes.</summary>
    public bool HasPending => _heldCount > 0 || _crHeld;

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
                    continue;
                }

                output.Append("^M");
            }

            if (_heldCount > 0 && Continue(value, output))
            {
                continue;
            }

            if (value == (byte)'\r')
            {
                // An invalid sequence before the CR was released by Continue above; the CR waits for its LF.
                _crHeld = true;
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
        if (_crHeld) output.Append("^M");
        _crHeld = false;
    }

    /// <summary>Returns what <see cref="Flush(StringBuilder)"/> appends (empty when nothing is held) and forgets it.</summary>
    public string Flush()
    {
        var output = new StringBuilder();
        Flush(output);
        return output.ToString();
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

    private static void AppendCodePoint(int codePoint, StringBuilder output)
    {
        // LF passes as the line end it is; a CR never comes here (Decode holds it for its LF).
        if (codePoint == '\n') output.Append('\n');
        else TerminalText.AppendVisible(codePoint, output);
    }

    private static void AppendHex(int value, StringBuilder output) =>
        output.Append("\\x").Append(value.ToString("X2", CultureInfo.InvariantCulture));
}
