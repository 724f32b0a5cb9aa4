using System.Buffers;
using System.Text;

namespace TelnetLite.Core.Text;

/// <summary>
/// Turns received bytes into the UTF-8 a terminal may safely be given, as they arrive: plain mode's standard output.
/// </summary>
/// <remarks>
/// <para>What is shown is what <see cref="ScreenTextDecoder"/> shows (controls in caret notation, invalid UTF-8 as
/// <c>\xNN</c>, invisible format characters as <c>\uNNNN</c>), with line ends made plain: CR LF becomes LF, and a CR
/// that no LF follows is shown as <c>^M</c>, never passed, so a server cannot overwrite a line it sent. A CR that ends
/// one chunk is held until the next one says which it was. A CR at the start of a line, with nothing before it to
/// overwrite, is left out as <see cref="ScreenTextDecoder"/> leaves it out.</para>
/// <para>Runs of printable ASCII, TAB and LF, which are nearly all of any conversation, are copied as they are without
/// decoding: the cost of a line is a vectorised scan, not a walk over its characters. Resumable at any split; never
/// throws. Not thread-safe.</para>
/// </remarks>
internal sealed class TerminalSafeWriter
{
    private static readonly SearchValues<byte> Plain = SearchValues.Create(
        [(byte)'\t', (byte)'\n', .. Enumerable.Range(0x20, 0x7F - 0x20).Select(b => (byte)b)]);

    private readonly ScreenTextDecoder _decoder = new();
    private readonly StringBuilder _decoded = new();
    private bool _pendingCr;

    /// <summary>True when the last bytes written ended a line (or nothing was written yet).</summary>
    public bool AtLineStart { get; private set; } = true;

    /// <summary>Appends the safe form of <paramref name="bytes"/> to <paramref name="output"/>.</summary>
    public void Write(ReadOnlySpan<byte> bytes, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var index = 0;
        while (index < bytes.Length)
        {
            if (_pendingCr)
            {
                _pendingCr = false;
                if (bytes[index] == (byte)'\n')
                {
                    Put("\n"u8, output);
                    index++;
                    continue;
                }
                PutLoneCr(output);
            }
            if (!_decoder.HasPending)
            {
                var run = bytes[index..].IndexOfAnyExcept(Plain);
                if (run < 0) run = bytes.Length - index;
                if (run > 0)
                {
                    Put(bytes.Slice(index, run), output);
                    index += run;
                }
                // The usual line end, CR LF, is taken here too rather than byte by byte.
                if (index + 1 < bytes.Length && bytes[index] == (byte)'\r' && bytes[index + 1] == (byte)'\n')
                {
                    Put("\n"u8, output);
                    index += 2;
                    continue;
                }
                if (run > 0) continue;
            }
            index = WriteSpecial(bytes, index, output);
        }
    }

    /// <summary>Shows what is held (an incomplete UTF-8 sequence, a CR) as it is now known to be: the input ended or paused.</summary>
    public void Flush(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _decoder.Flush(_decoded);
        PutDecoded(output);
        if (_pendingCr) PutLoneCr(output);
        _pendingCr = false;
    }

    /// <summary>Decodes bytes that are not plain ASCII, one at a time, until a plain byte comes with nothing held.</summary>
    private int WriteSpecial(ReadOnlySpan<byte> bytes, int index, IBufferWriter<byte> output)
    {
        while (index < bytes.Length)
        {
            var value = bytes[index];
            if (value == (byte)'\r')
            {
                // The decoder would pass a CR; it is ours to judge, with whatever comes after it.
                _decoder.Flush(_decoded);
                PutDecoded(output);
                if (index + 1 == bytes.Length)
                {
                    _pendingCr = true;
                    return index + 1;
                }
                var crlf = bytes[index + 1] == (byte)'\n';
                if (crlf) Put("\n"u8, output);
                else PutLoneCr(output);
                return index + (crlf ? 2 : 1);
            }
            if (!_decoder.HasPending && Plain.Contains(value)) break;
            _decoder.Decode(bytes.Slice(index, 1), _decoded);
            index++;
        }
        PutDecoded(output);
        return index;
    }

    private void PutDecoded(IBufferWriter<byte> output)
    {
        if (_decoded.Length == 0) return;
        foreach (var chunk in _decoded.GetChunks())
        {
            var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
            var written = Encoding.UTF8.GetBytes(chunk.Span, span);
            output.Advance(written);
        }
        AtLineStart = _decoded[^1] == '\n';
        _decoded.Clear();
    }

    private void PutLoneCr(IBufferWriter<byte> output)
    {
        if (!AtLineStart) Put("^M"u8, output);
    }

    private void Put(ReadOnlySpan<byte> bytes, IBufferWriter<byte> output)
    {
        output.Write(bytes);
        AtLineStart = bytes[^1] == (byte)'\n';
    }
}
