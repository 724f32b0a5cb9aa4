using TelnetLite.Core.Session;

namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// The transcript as the screen holds it: the newest entries, bounded by the scrollback limit in lines and by
/// <see cref="CharacterBudget"/> in text, so that a server sending lines of 8 KiB cannot make ten thousand of them
/// fill memory.
/// </summary>
/// <remarks>Used on the UI thread only; <see cref="TranscriptInbox"/> brings entries over from the session.</remarks>
internal sealed class TranscriptViewModel
{
    public const int DefaultScrollback = 10_000;

    /// <summary>The most text kept, in characters (32 MB): far beyond any conversation, well below the UI's memory bound.</summary>
    public const long CharacterBudget = 16L * 1024 * 1024;

    private TranscriptEntry[] _ring;
    private int _start;
    private long _characters;

    public TranscriptViewModel(int scrollback = DefaultScrollback)
    {
        _ring = new TranscriptEntry[Math.Max(1, scrollback)];
    }

    public int Capacity => _ring.Length;

    public int Count { get; private set; }

    /// <summary>How many entries have ever been dropped off the top; lets a scrolled view keep its place.</summary>
    public long Dropped { get; private set; }

    /// <summary>Bumped on every change so views can cache layout work.</summary>
    public long Version { get; private set; }

    public TranscriptEntry this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _ring[(_start + index) % _ring.Length];
        }
    }

    /// <summary>Appends entries; returns how many old entries fell off the top to make room.</summary>
    public int Append(IEnumerable<TranscriptEntry> entries)
    {
        var dropped = 0;
        foreach (var entry in entries)
        {
            if (Count == _ring.Length)
            {
                _characters -= _ring[_start].Text.Length;
                _ring[_start] = entry;
                _start = (_start + 1) % _ring.Length;
                dropped++;
            }
            else
            {
                _ring[(_start + Count) % _ring.Length] = entry;
                Count++;
            }
            _characters += entry.Text.Length;
            while (_characters > CharacterBudget && Count > 1)
            {
                _characters -= _ring[_start].Text.Length;
                _ring[_start] = null!;
                _start = (_start + 1) % _ring.Length;
                Count--;
                dropped++;
            }
        }
        Dropped += dropped;
        Version++;
        return dropped;
    }

    public void Append(TranscriptEntry entry) => Append([entry]);

    /// <summary>Changes the scrollback limit (<c>set scrollback N</c>), keeping the newest entries.</summary>
    public void Resize(int scrollback)
    {
        var capacity = Math.Max(1, scrollback);
        if (capacity == _ring.Length) return;
        var keep = Math.Min(Count, capacity);
        var next = new TranscriptEntry[capacity];
        for (var i = 0; i < keep; i++) next[i] = this[Count - keep + i];
        Dropped += Count - keep;
        _characters = next.Take(keep).Sum(entry => (long)entry.Text.Length);
        _ring = next;
        _start = 0;
        Count = keep;
        Version++;
    }

    public IEnumerable<TranscriptEntry> Entries()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    /// <summary>Writes every line to <paramref name="path"/> (<c>save FILE</c>); the text only, one line each.</summary>
    public void SaveTo(string path)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var entry in Entries()) writer.WriteLine(TranscriptLayout.DisplayText(entry));
    }
}
