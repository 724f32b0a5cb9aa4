namespace TelnetLite.Tui.ViewModels;

/// <summary>One list of earlier lines, walked with Up and Down like a shell's history.</summary>
internal sealed class InputHistory
{
    public const int DefaultLimit = 500;

    private readonly List<string> _lines = [];
    private readonly int _limit;
    private int _cursor;
    private string _draft = "";

    public InputHistory(IEnumerable<string>? lines = null, int limit = DefaultLimit)
    {
        _limit = Math.Max(1, limit);
        if (lines is not null) foreach (var line in lines) Add(line);
        _cursor = _lines.Count;
    }

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Remembers a line (not empty, not a repeat of the last one) and resets the walk.</summary>
    public void Add(string line)
    {
        if (line.Length > 0 && (_lines.Count == 0 || _lines[^1] != line))
        {
            _lines.Add(line);
            if (_lines.Count > _limit) _lines.RemoveRange(0, _lines.Count - _limit);
        }
        ResetWalk();
    }

    public void ResetWalk()
    {
        _cursor = _lines.Count;
        _draft = "";
    }

    /// <summary>The line before the current one, or null at the oldest; keeps what was being typed as a draft.</summary>
    public string? Previous(string current)
    {
        if (_cursor == 0) return null;
        if (_cursor == _lines.Count) _draft = current;
        _cursor--;
        return _lines[_cursor];
    }

    /// <summary>The next line, the draft after the newest, or null when not walking.</summary>
    public string? Next()
    {
        if (_cursor >= _lines.Count) return null;
        _cursor++;
        return _cursor == _lines.Count ? _draft : _lines[_cursor];
    }
}
