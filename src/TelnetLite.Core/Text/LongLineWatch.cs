namespace TelnetLite.Core.Text;

/// <summary>
/// Follows how long the line being received has grown, to cut a line with no end into pieces of a stated maximum
/// without cutting anything into lines: a read is looked at in windows of the maximum's size, each searched from its
/// end, so ordinary text costs a few backward scans per read, not a scan per line.
/// </summary>
/// <remarks>Pure and resumable: the pieces do not depend on how the bytes were split into reads.</remarks>
internal sealed class LongLineWatch
{
    private readonly int _maxLineLength;
    private int _run;
    private bool _inLongLine;

    /// <param name="maxLineLength">The longest line shown whole, in bytes.</param>
    public LongLineWatch(int maxLineLength = ReceivedLineAssembler.DefaultMaxLineLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 1);
        _maxLineLength = maxLineLength;
    }

    /// <summary>
    /// Where in <paramref name="bytes"/> the line being received reaches the maximum with no line end: a piece ends
    /// there (call again with the rest); -1 when it does not in these bytes.
    /// </summary>
    /// <param name="startsLongLine">True when this is the first cut of its line.</param>
    public int NextCut(ReadOnlySpan<byte> bytes, out bool startsLongLine)
    {
        startsLongLine = false;
        var position = 0;
        while (position < bytes.Length)
        {
            var room = _maxLineLength - _run;
            // One byte more than the room: a line end right at the limit still ends the line in time.
            var window = bytes.Slice(position, Math.Min(bytes.Length - position, room + 1));
            var lineEnd = window.LastIndexOf((byte)'\n');
            if (lineEnd >= 0)
            {
                // Every line inside a window this size is short enough; only the one after its last line end goes on.
                _run = window.Length - lineEnd - 1;
                _inLongLine = false;
                position += window.Length;
                continue;
            }
            if (window.Length <= room)
            {
                _run += window.Length;
                return -1;
            }
            startsLongLine = !_inLongLine;
            _inLongLine = true;
            _run = 0;
            return position + room;
        }
        return -1;
    }
}
