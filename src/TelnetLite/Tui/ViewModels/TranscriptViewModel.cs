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
    // Beside each entry: how a received line is highlighted once its reply turned out to be a failure.
    private ReplyTone[] _tones;
    private int _start;
    private long _characters;

    public TranscriptViewModel(int scrollback = DefaultScrollback)
    {
        _ring = new TranscriptEntry[Math.Max(1, scrollback)];
        _tones = new ReplyTone[_ring.Length];
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
                _tones[_start] = ReplyTone.None;
                _start = (_start + 1) % _ring.Length;
                dropped++;
            }
            else
            {
                _ring[(_start + Count) % _ring.Length] = entry;
                _tones[(_start + Count) % _ring.Length] = ReplyTone.None;
                Count++;
            }
            _characters += entry.Text.Length;
            while (_characters > CharacterBudget && Count > 1)
            {
                _characters -= _ring[_start].Text.Length;
                _ring[_start] = null!;
                _tones[_start] = ReplyTone.None;
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
        var tones = new ReplyTone[capacity];
        for (var i = 0; i < keep; i++)
        {
            next[i] = this[Count - keep + i];
            tones[i] = ToneAt(Count - keep + i);
        }
        _tones = tones;
        Dropped += Count - keep;
        _characters = next.Take(keep).Sum(entry => (long)entry.Text.Length);
        _ring = next;
        _start = 0;
        Count = keep;
        Version++;
    }

    /// <summary>How the entry at <paramref name="index"/> is highlighted.</summary>
    public ReplyTone ToneAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _tones[(_start + index) % _ring.Length];
    }

    /// <summary>
    /// Highlights the received lines of a reply that failed: walking back from its explanation at
    /// <paramref name="explanationIndex"/>, the lines that start with its <paramref name="code"/>, up to
    /// <paramref name="lines"/> of them, never past a line that was sent.
    /// </summary>
    public void MarkReply(int explanationIndex, int code, int lines, ReplyTone tone)
    {
        var prefix = code.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        var marked = 0;
        // A reply's lines are just before its explanation; other replies' explanations may sit in between (pipelining).
        for (var i = Math.Min(explanationIndex, Count - 1); i >= 0 && marked < lines && explanationIndex - i < 256; i--)
        {
            var entry = this[i];
            if (entry.Kind == TranscriptKind.Sent) break;
            if (entry.Kind != TranscriptKind.Received || !StartsWithCode(entry.Text, prefix)) continue;
            _tones[(_start + i) % _ring.Length] = tone;
            marked++;
        }
        if (marked > 0) Version++;
    }

    private static bool StartsWithCode(string text, string code) =>
        text.StartsWith(code, StringComparison.Ordinal) && (text.Length == 3 || text[3] is ' ' or '-');

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
