namespace TelnetLite.Core.Logging;

/// <summary>
/// A reusable buffer of log text: the lines of one read are escaped straight into it and handed to Serilog as they
/// are, with no string made of them. Not thread-safe; the log uses it under its lock.
/// </summary>
internal sealed class LogLineBuffer
{
    private char[] _chars;
    private int _length;

    public LogLineBuffer(int capacity = 256) => _chars = new char[Math.Max(16, capacity)];

    public int Length => _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Append(char value)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = value;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Room for at least <paramref name="sizeHint"/> characters, to be committed with <see cref="Advance"/>.</summary>
    public Span<char> GetSpan(int sizeHint)
    {
        if (_length + sizeHint > _chars.Length) Grow(sizeHint);
        return _chars.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    /// <summary>Gives back memory after a burst of unusually long lines.</summary>
    public void Shrink(int capacity)
    {
        if (_chars.Length > capacity && _length <= capacity) Array.Resize(ref _chars, capacity);
    }

    public override string ToString() => new(Span);

    private void Grow(int needed) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + needed));
}
