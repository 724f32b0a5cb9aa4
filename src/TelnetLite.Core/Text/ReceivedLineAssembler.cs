namespace TelnetLite.Core.Text;

/// <summary>Turns received byte chunks into lines, whatever the chunking: the one place received bytes are cut.</summary>
/// <remarks>
/// Lines end at LF; a CR right before the LF belongs to the ending (<see cref="LineEnding.CrLf"/>), any other CR
/// is content. Bytes without an LF yet are kept until more data comes or <see cref="TakePartial"/> is called.
/// The result depends only on the bytes fed, never on how they were split into chunks.
/// A line longer than the maximum length is cut into pieces flagged <see cref="ReceivedLine.IsCut"/>, so a server
/// that never sends LF cannot make the assembler hold an unbounded buffer; a cut never separates the bytes
/// of one UTF-8 character when they are well formed.
/// </remarks>
internal sealed class ReceivedLineAssembler
{
    /// <summary>
    /// The default maximum line length, in bytes, before a line is cut and shown and logged in pieces: 8 KiB, sixteen
    /// times the longest SMTP reply line (RFC 5321 §4.5.3.1.5) and eight times the longest text line.
    /// </summary>
    public const int DefaultMaxLineLength = 8 * 1024;

    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    private readonly int _maxLineLength;
    // Room for a full-length line plus its CR, so that such a line still ends as CrLf when the LF arrives.
    private readonly byte[] _pending;
    private int _pendingLength;
    private bool _skippingToLineEnd;

    /// <summary>Creates an assembler.</summary>
    /// <param name="maxLineLength">
    /// In bytes, at least 4: a line this long or shorter is never cut; a longer one is cut into pieces of at most this length
    /// (its last piece, the one with the ending, may be one byte longer).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineLength"/> is less than 4.</exception>
    public ReceivedLineAssembler(int maxLineLength = DefaultMaxLineLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 4);
        _maxLineLength = maxLineLength;
        _pending = new byte[maxLineLength + 2];
    }

    /// <summary>True when bytes of an unfinished line are waiting.</summary>
    public bool HasPartial => _pendingLength > 0;

    /// <summary>Feeds one chunk and returns the lines it completes, in order (often none); each line owns a copy of its bytes.</summary>
    public IReadOnlyList<ReceivedLine> Feed(ReadOnlySpan<byte> chunk)
    {
        List<ReceivedLine>? lines = null;
        Feed(ReadOnlyMemory<byte>.Empty, chunk, ref lines);
        return lines is null ? [] : lines;
    }

    /// <summary>
    /// Feeds one chunk that nobody will ever change and returns the lines it completes. A line wholly inside the chunk
    /// is a slice of it, not a copy: the session hands each read its own array, so cutting costs no copy per line.
    /// </summary>
    public IReadOnlyList<ReceivedLine> Feed(ReadOnlyMemory<byte> chunk)
    {
        List<ReceivedLine>? lines = null;
        Feed(chunk, chunk.Span, ref lines);
        return lines is null ? [] : lines;
    }

    /// <summary>
    /// Passes over bytes nobody needs as lines (a flood when there is no log, no transcript and no assistant to read
    /// them), cutting nothing; the next <see cref="Feed(ReadOnlySpan{byte})"/> starts after the next line end, so no
    /// line is ever handed out with its beginning missing.
    /// </summary>
    public void Skip(ReadOnlySpan<byte> chunk)
    {
        if (chunk.IsEmpty) return;
        _pendingLength = 0;
        _skippingToLineEnd = chunk[^1] != Lf;
    }

    /// <summary>Takes the bytes of the unfinished line, if any, as a line with no ending.</summary>
    /// <remarks>Used when the connection has gone quiet (a prompt) or ends. The assembler is then empty.</remarks>
    public ReceivedLine? TakePartial()
    {
        if (_pendingLength == 0) return null;
        var line = new ReceivedLine(_pending.AsSpan(0, _pendingLength).ToArray(), LineEnding.None, false);
        _pendingLength = 0;
        return line;
    }

    private void Feed(ReadOnlyMemory<byte> stable, ReadOnlySpan<byte> chunk, ref List<ReceivedLine>? lines)
    {
        var offset = 0;
        if (_skippingToLineEnd)
        {
            var end = chunk.IndexOf(Lf);
            if (end < 0) return;
            _skippingToLineEnd = false;
            offset = end + 1;
        }
        while (offset < chunk.Length)
        {
            var rest = chunk[offset..];
            var lf = rest.IndexOf(Lf);
            if (lf < 0)
            {
                Append(rest, ref lines);
                return;
            }
            if (_pendingLength == 0 && !stable.IsEmpty && lf <= _maxLineLength + 1)
            {
                // The common case: a whole line inside the chunk, short enough never to be cut.
                var crlf = lf > 0 && rest[lf - 1] == Cr;
                (lines ??= []).Add(new ReceivedLine(stable.Slice(offset, crlf ? lf - 1 : lf), crlf ? LineEnding.CrLf : LineEnding.Lf, false));
            }
            else
            {
                Append(rest[..lf], ref lines);
                (lines ??= []).Add(EndLine());
            }
            offset += lf + 1;
        }
    }

    private void Append(ReadOnlySpan<byte> segment, ref List<ReceivedLine>? lines)
    {
        while (!segment.IsEmpty)
        {
            var room = _pending.Length - _pendingLength;
            var take = Math.Min(room, segment.Length);
            segment[..take].CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += take;
            segment = segment[take..];
            // Full means more than a maximum line plus a CR without an LF: no ending can save this line any more.
            if (_pendingLength == _pending.Length) (lines ??= []).Add(Cut());
        }
    }

    private ReceivedLine EndLine()
    {
        var crlf = _pendingLength > 0 && _pending[_pendingLength - 1] == Cr;
        var length = crlf ? _pendingLength - 1 : _pendingLength;
        var line = new ReceivedLine(_pending.AsSpan(0, length).ToArray(), crlf ? LineEnding.CrLf : LineEnding.Lf, false);
        _pendingLength = 0;
        return line;
    }

    private ReceivedLine Cut()
    {
        var cut = CharacterBoundaryAtOrBefore(_maxLineLength);
        var line = new ReceivedLine(_pending.AsSpan(0, cut).ToArray(), LineEnding.None, true);
        _pending.AsSpan(cut, _pendingLength - cut).CopyTo(_pending);
        _pendingLength -= cut;
        return line;
    }

    private int CharacterBoundaryAtOrBefore(int position)
    {
        // A UTF-8 character is at most 4 bytes, so its lead byte is at most 3 bytes back.
        for (var candidate = position; candidate > position - 4; candidate--)
        {
            if (!IsContinuationByte(_pending[candidate])) return candidate;
        }
        return position;
    }

    private static bool IsContinuationByte(byte value) => (value & 0xC0) == 0x80;
}
