using TelnetLite.Core.Session;

namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// Hands transcript batches from the session's dispatcher thread to the UI thread in slices, so that a burst of
/// a million lines drains while keys still answer, and memory stays bounded by the scrollback limit.
/// </summary>
internal sealed class TranscriptInbox
{
    private readonly Lock _gate = new();
    private readonly Queue<TranscriptEntry> _pending = new();
    private readonly Action<Action> _schedule;
    private readonly Action<IReadOnlyList<TranscriptEntry>> _deliver;
    private readonly int _sliceSize;
    private bool _scheduled;
    private long _characters;

    /// <summary>The most text waiting for the UI thread, in characters: the same bound as the transcript's.</summary>
    public const long CharacterBudget = TranscriptViewModel.CharacterBudget;

    /// <param name="schedule">Runs a callback later on the UI thread (never inline), e.g. via <c>app.Invoke</c>.</param>
    /// <param name="deliver">Receives each slice on the UI thread.</param>
    /// <param name="capacity">Entries beyond this wait nowhere: the oldest are dropped, as the scrollback would.</param>
    /// <param name="sliceSize">Entries handed over per UI-thread turn.</param>
    public TranscriptInbox(Action<Action> schedule, Action<IReadOnlyList<TranscriptEntry>> deliver, int capacity, int sliceSize = 2_000)
    {
        _schedule = schedule;
        _deliver = deliver;
        Capacity = Math.Max(1, capacity);
        _sliceSize = Math.Max(1, sliceSize);
    }

    public int Capacity { get; set; }

    /// <summary>Entries dropped before they reached the screen because the UI fell behind by more than the scrollback.</summary>
    public long Skipped { get; private set; }

    public int PendingCount
    {
        get { lock (_gate) return _pending.Count; }
    }

    /// <summary>Called from any thread.</summary>
    public void Post(IReadOnlyList<TranscriptEntry> batch)
    {
        bool schedule;
        lock (_gate)
        {
            foreach (var entry in batch)
            {
                _pending.Enqueue(entry);
                _characters += entry.Text.Length;
            }
            while (_pending.Count > Capacity || (_characters > CharacterBudget && _pending.Count > 1))
            {
                _characters -= _pending.Dequeue().Text.Length;
                Skipped++;
            }
            schedule = !_scheduled && _pending.Count > 0;
            if (schedule) _scheduled = true;
        }
        if (schedule) _schedule(Drain);
    }

    /// <summary>Delivers one slice; schedules itself again while entries remain, so input is read in between.</summary>
    public void Drain()
    {
        TranscriptEntry[] slice;
        bool more;
        lock (_gate)
        {
            var take = Math.Min(_sliceSize, _pending.Count);
            slice = new TranscriptEntry[take];
            for (var i = 0; i < take; i++)
            {
                slice[i] = _pending.Dequeue();
                _characters -= slice[i].Text.Length;
            }
            more = _pending.Count > 0;
            _scheduled = more;
        }
        if (slice.Length > 0) _deliver(slice);
        if (more) _schedule(Drain);
    }
}
