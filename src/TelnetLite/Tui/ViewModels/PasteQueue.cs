namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// Pasted lines waiting to be sent. The UI thread adds and counts them while the pacing loop, which does not return
/// to the UI thread between lines, takes them off: hence the lock.
/// </summary>
internal sealed class PasteQueue
{
    private readonly Lock _gate = new();
    private readonly Queue<string> _lines = new();

    public int Count
    {
        get
        {
            lock (_gate) return _lines.Count;
        }
    }

    public void Enqueue(string line)
    {
        lock (_gate) _lines.Enqueue(line);
    }

    public bool TryPeek(out string line)
    {
        lock (_gate) return _lines.TryPeek(out line!);
    }

    /// <summary>Takes <paramref name="line"/> off the head; false when the queue was emptied or changed since it was peeked.</summary>
    public bool TryDequeue(string line)
    {
        lock (_gate)
        {
            if (!_lines.TryPeek(out var head) || !ReferenceEquals(head, line)) return false;
            _lines.Dequeue();
            return true;
        }
    }

    /// <summary>Empties the queue; returns how many lines it held.</summary>
    public int Clear()
    {
        lock (_gate)
        {
            var count = _lines.Count;
            _lines.Clear();
            return count;
        }
    }
}
