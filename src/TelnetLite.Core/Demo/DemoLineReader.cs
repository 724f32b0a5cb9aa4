namespace TelnetLite.Core.Demo;

/// <summary>Reads LF-terminated lines and exact byte counts from the client, never holding more than one
/// line's limit of a line in memory.</summary>
internal sealed class DemoLineReader(Stream stream, int maxLineLength)
{
    private readonly byte[] _buffer = new byte[8192];
    private readonly MemoryStream _pending = new();
    private Stream _stream = stream;
    private int _start;
    private int _end;
    private bool _discarding;

    /// <summary>Switches to another stream (after STARTTLS) and drops whatever was read ahead on the old one,
    /// so that plain-text commands pipelined behind STARTTLS can never be taken as protected ones.</summary>
    public void Restart(Stream newStream)
    {
        _stream = newStream;
        _start = _end = 0;
        _pending.SetLength(0);
        _discarding = false;
    }

    /// <summary>The next line without CR LF; null when the client closed the connection.</summary>
    public async ValueTask<DemoLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                Take(_start, newline - _start);
                _start = newline + 1;
                return Finish();
            }

            Take(_start, _end - _start);
            _start = _end = 0;
            var read = await _stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0) return null;
            _end = read;
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes (a BDAT chunk) into <paramref name="sink"/>, or
    /// drops them when the sink is null; false when the client closed the connection first.</summary>
    public async ValueTask<bool> ReadExactAsync(long count, Stream? sink, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await _stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                if (_end == 0) return false;
            }

            var take = (int)Math.Min(count, _end - _start);
            sink?.Write(_buffer, _start, take);
            _start += take;
            count -= take;
        }

        return true;
    }

    private void Take(int offset, int count)
    {
        if (_discarding || count == 0) return;
        // One byte of slack for the CR that may end the line.
        if (_pending.Length + count > maxLineLength + 1)
        {
            _discarding = true;
            _pending.SetLength(0);
            return;
        }

        _pending.Write(_buffer, offset, count);
    }

    private DemoLine Finish()
    {
        if (_discarding)
        {
            _discarding = false;
            return new DemoLine([], TooLong: true);
        }

        var bytes = _pending.ToArray();
        _pending.SetLength(0);
        var length = bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes.Length - 1 : bytes.Length;
        if (length > maxLineLength) return new DemoLine([], TooLong: true);
        return new DemoLine(length == bytes.Length ? bytes : bytes[..length], TooLong: false);
    }
}
