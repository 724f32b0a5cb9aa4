using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Session;

/// <summary>
/// The one pacer: lines from a pipe, a paste or a script wait here for their turn and go when the assistant says so,
/// woken by the session's events (the reply that was awaited), never by a timer.
/// </summary>
/// <remarks>
/// <para>Lines go out in the order given, one at a time: each is sent only after the assistant has seen the one before
/// it, so its decision is always about the conversation as it stands. A line the assistant drops (message text after
/// a refused DATA) is reported, not sent. A line that waits longer than its <see cref="PaceOptions.ReplyTimeout"/> ends
/// with <see cref="PacedOutcomeKind.TimedOut"/>; when the connection closes, every waiting line ends with
/// <see cref="PacedOutcomeKind.NotConnected"/>.</para>
/// <para>The first piped line of a connection waits for the server's turn to end (<see cref="PaceOptions.GreetingQuiet"/>):
/// an SMTP server's whole greeting, or outside SMTP a complete line that does not continue (<c>220-</c>) or a prompt
/// followed by quiet (<c>login: </c>). A server that says nothing is given the quiet time, unless the line is a command
/// of the assistant's protocol: then the greeting is awaited within the reply timeout.</para>
/// <para>Subscribed to the session after everything else, so when it wakes the assistant has seen the event. It wakes
/// on the dispatcher itself: the next line is decided, and its <see cref="LineSentEvent"/> posted, right after the
/// reply that let it go and that reply's explanation, with no thread hop in between.</para>
/// </remarks>
public sealed class LinePacer : ISessionObserver
{
    private readonly AssistantStage _assistant;
    private readonly Func<bool> _isConnected;
    private readonly Func<PacedLine, CancellationToken, Task<bool>> _send;
    private readonly TimeProvider _time;
    private readonly Func<string, bool> _isSecret;
    private readonly Lock _gate = new();
    private readonly Queue<Waiting> _queue = new();
    private TaskCompletionSource? _changed;
    private TaskCompletionSource? _changedForOthers;
    private bool _pumping;
    private long _lastActivity;
    private volatile bool _receivedAny;
    private volatile bool _sentAny;
    private volatile bool _serverTurnOver;
    // The first bytes of the line being received, enough to tell "220-" (more follows) from "220 ".
    private readonly byte[] _lineStart = new byte[4];
    private int _lineStartLength;
    private CloseReason? _lastClose;

    /// <param name="isSecret">Whether a line about to go is a credential; the assistant's judgement when null.</param>
    internal LinePacer(AssistantStage assistant, Func<bool> isConnected, Func<PacedLine, CancellationToken, Task<bool>> send, TimeProvider time,
        Func<string, bool>? isSecret = null)
    {
        _assistant = assistant;
        _isSecret = isSecret ?? assistant.IsSecret;
        _isConnected = isConnected;
        _send = send;
        _time = time;
        _lastActivity = time.GetTimestamp();
    }

    /// <summary>Raised when a line joins or leaves the queue (for a "3 lines queued" indicator); on any thread.</summary>
    public event Action? QueueChanged;

    /// <summary>
    /// Raised as each line's wait ends, sent or not, on the thread that ended it (often the dispatcher): a handler
    /// must only take note and return. Lines emptied by <see cref="Clear"/> are not reported here: the caller knows.
    /// </summary>
    public event Action<PacedLine, PacedOutcome>? Finished;

    /// <summary>Lines waiting for their turn, the one being sent included.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _queue.Count;
        }
    }

    /// <summary>The text of the waiting lines, oldest first.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate) return _queue.Select(w => w.Line.Text).ToArray();
        }
    }

    /// <summary>How long since anything was received or the connection changed.</summary>
    public TimeSpan QuietFor => _time.GetElapsedTime(Interlocked.Read(ref _lastActivity));

    /// <summary>True once the current connection has received anything.</summary>
    public bool ReceivedAny => _receivedAny;

    /// <summary>How the last connection ended; null while connected or before any.</summary>
    public CloseReason? LastClose => _lastClose;

    /// <summary>Queues a line and completes when it has been sent or will never be.</summary>
    /// <exception cref="OperationCanceledException">Never: a cancelled wait ends as <see cref="PacedOutcomeKind.Cleared"/>.</exception>
    public Task<PacedOutcome> SendAsync(PacedLine line, PaceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(options);
        var waiting = new Waiting(line, options, cancellationToken);
        bool start;
        lock (_gate)
        {
            _queue.Enqueue(waiting);
            start = !_pumping;
            _pumping = true;
        }
        QueueChanged?.Invoke();
        // Started on the caller's thread: a line that may go at once goes before this returns.
        if (start) _ = PumpAsync();
        return waiting.Done.Task;
    }

    /// <summary>Empties the queue; the lines not yet sent end as <see cref="PacedOutcomeKind.Cleared"/>. Returns how many.</summary>
    /// <param name="reason">Why, for the outcome of each line.</param>
    public int Clear(string reason = "the queue was cleared")
    {
        Waiting[] cleared;
        lock (_gate)
        {
            cleared = [.. _queue];
            _queue.Clear();
        }
        foreach (var waiting in cleared) waiting.Done.TrySetResult(new PacedOutcome(PacedOutcomeKind.Cleared, reason));
        Wake();
        if (cleared.Length > 0) QueueChanged?.Invoke();
        return cleared.Length;
    }

    /// <summary>
    /// Waits until no reply is awaited (or the connection is gone); false when <paramref name="timeout"/> passed first.
    /// </summary>
    public async Task<bool> WaitForRepliesAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        while (true)
        {
            var changed = NextChangeForOthers();
            if (!_isConnected() || !_assistant.Snapshot.IsAwaitingReply) return true;
            var remaining = timeout - _time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero) return false;
            await WaitAsync(changed, remaining, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits until <paramref name="done"/> holds, looking again after every session event; false when
    /// <paramref name="timeout"/> passed (or the wait was cancelled) first.
    /// </summary>
    /// <remarks>
    /// The next event is taken before <paramref name="done"/> is asked, never after: an event between the two (the
    /// close that ends a flood) would otherwise be missed and the wait last its whole timeout.
    /// </remarks>
    public async Task<bool> WaitUntilAsync(Func<bool> done, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(done);
        var started = _time.GetTimestamp();
        while (true)
        {
            var changed = NextChangeForOthers();
            if (done()) return true;
            var remaining = timeout - _time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero || cancellationToken.IsCancellationRequested) return false;
            await WaitAsync(changed, remaining, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case ConnectedEvent:
                _receivedAny = false;
                _sentAny = false;
                _serverTurnOver = false;
                _lineStartLength = 0;
                _lastClose = null;
                Touch();
                break;
            case DataReceivedEvent data:
                _receivedAny = true;
                Follow(data.Data.Span);
                Touch();
                // Not yet: the read's lines, and the assistant's explanation of them, are delivered after this event.
                // A line sent now would be logged and shown before the reply it answers; the read's last event
                // (ReadDeliveredEvent, or ReceiveIdleEvent for a prompt) wakes the queue.
                return;
            case LinesReceivedEvent:
                return;
            case ReceiveIdleEvent when _lineStartLength > 0:
                // A prompt followed by quiet (login: , Password: ) is the server's turn ending too.
                _serverTurnOver = true;
                break;
            case LineSentEvent:
                _sentAny = true;
                break;
            case ClosedEvent closed:
                _lastClose = closed.Reason;
                Touch();
                break;
        }
        Wake();
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            Waiting head;
            lock (_gate)
            {
                if (!_queue.TryPeek(out head!))
                {
                    _pumping = false;
                    return;
                }
            }
            var outcome = await TakeTurnAsync(head).ConfigureAwait(false);
            if (!TakeOff(head) && !head.Sending) continue;
            head.Done.TrySetResult(outcome);
            Finished?.Invoke(head.Line, outcome);
            QueueChanged?.Invoke();
        }
    }

    private async Task<PacedOutcome> TakeTurnAsync(Waiting waiting)
    {
        var started = _time.GetTimestamp();
        var options = waiting.Options;
        var smtpFirstLine = options.GreetingQuiet is not null && _assistant.Assistant.IsCommand(waiting.Line.Text);
        TimeSpan? graceStarted = null;
        var skipWait = false;
        while (true)
        {
            if (waiting.Done.Task.IsCompleted) return waiting.Done.Task.Result;
            if (waiting.CancellationToken.IsCancellationRequested) return new PacedOutcome(PacedOutcomeKind.Cleared, "cancelled");
            var changed = NextChange();
            if (!_isConnected()) return new PacedOutcome(PacedOutcomeKind.NotConnected, "the connection is closed");

            var elapsed = _time.GetElapsedTime(started);
            var (decision, limit) = Decide(waiting, smtpFirstLine, elapsed);
            if (skipWait && decision.SendAnywayAfter is not null) decision = PacingDecision.SendNow;
            if (decision.Verdict == PacingVerdict.Drop) return new PacedOutcome(PacedOutcomeKind.Dropped, decision.Reason);
            if (decision.Verdict == PacingVerdict.SendNow)
            {
                // Judged before sending: sending moves the conversation on.
                var sent = new PacedOutcome(PacedOutcomeKind.Sent, null, _isSecret(waiting.Line.Text), _assistant.Snapshot.NextLineIsMessageText);
                // On its way, it no longer waits: the queue shows only the lines still to go.
                if (!TakeOff(waiting)) return new PacedOutcome(PacedOutcomeKind.Cleared, "the queue was cleared");
                waiting.Sending = true;
                QueueChanged?.Invoke();
                try
                {
                    if (!await _send(waiting.Line, waiting.CancellationToken).ConfigureAwait(false))
                        return new PacedOutcome(PacedOutcomeKind.NotConnected, "the connection is closed");
                }
                catch (OperationCanceledException) when (waiting.CancellationToken.IsCancellationRequested)
                {
                    return new PacedOutcome(PacedOutcomeKind.Cleared, "cancelled");
                }
                return sent;
            }
            if (decision.SendAnywayAfter is { } grace)
            {
                graceStarted ??= elapsed;
                if (elapsed - graceStarted >= grace)
                {
                    // Waited long enough for something that did not happen (the server stays open after goodbye): go.
                    skipWait = true;
                    continue;
                }
                limit = graceStarted + grace;
            }
            if (limit is { } deadline && elapsed >= deadline) return new PacedOutcome(PacedOutcomeKind.TimedOut, decision.Reason);
            await WaitAsync(changed, limit is { } d ? d - elapsed : Timeout.InfiniteTimeSpan, waiting.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes <paramref name="waiting"/> off the head of the queue; false when it is no longer there (cleared).</summary>
    private bool TakeOff(Waiting waiting)
    {
        lock (_gate)
        {
            if (!_queue.TryPeek(out var head) || !ReferenceEquals(head, waiting)) return false;
            _queue.Dequeue();
            return true;
        }
    }

    /// <summary>What to do with the line now, and how long it may wait in all for that.</summary>
    private (PacingDecision Decision, TimeSpan? Limit) Decide(Waiting waiting, bool smtpFirstLine, TimeSpan elapsed)
    {
        var options = waiting.Options;
        if (options.GreetingQuiet is { } quiet && !_sentAny)
        {
            // The first piped line waits for the server's turn to end, whatever the assistant makes of it so far: a
            // greeting of thousands of 220- lines is handed to the assistant in pieces, but it ends only once.
            var speaksFirst = smtpFirstLine || _assistant.Snapshot.Recognition != AssistRecognition.None;
            if (!_receivedAny)
            {
                // Said nothing yet: a server that speaks first (SMTP, POP3, a login) gets its turn; one that never does costs the quiet time.
                if (speaksFirst) return (new PacingDecision(PacingVerdict.Wait, "waiting for the server's greeting"), options.ReplyTimeout);
                if (elapsed < quiet) return (new PacingDecision(PacingVerdict.Wait, "waiting for the server to speak first"), null);
            }
            else if (!_serverTurnOver || (speaksFirst && _lineStartLength > 0))
            {
                // Quiet after a prompt ends a login's turn, not an SMTP greeting: an SMTP reply ends only with its line
                // end, and a server that stalls in the middle of one (a slow link, a dripping peer) is still talking.
                return (new PacingDecision(PacingVerdict.Wait, "waiting for the server's greeting to end"), options.ReplyTimeout);
            }
        }
        return (_assistant.Pace(waiting.Line.Text, options.Pipelining), options.ReplyTimeout);
    }

    /// <summary>
    /// Follows where received data stops: the server's turn is over at a complete line that does not announce more
    /// (<c>220-</c>); in the middle of a line it is not, until the line ends or the connection goes quiet. Looks only
    /// at the last line of each read, so a flood costs two backward scans per read.
    /// </summary>
    private void Follow(ReadOnlySpan<byte> data)
    {
        var lastLf = data.LastIndexOf((byte)'\n');
        if (lastLf < 0)
        {
            AppendLineStart(data);
            _serverTurnOver = false;
            return;
        }
        var previousLf = data[..lastLf].LastIndexOf((byte)'\n');
        if (previousLf >= 0)
        {
            _lineStartLength = 0;
            AppendLineStart(data[(previousLf + 1)..lastLf]);
        }
        else
        {
            AppendLineStart(data[..lastLf]);
        }
        var continues = _lineStartLength == 4 && char.IsAsciiDigit((char)_lineStart[0]) && char.IsAsciiDigit((char)_lineStart[1])
            && char.IsAsciiDigit((char)_lineStart[2]) && _lineStart[3] == (byte)'-';
        _lineStartLength = 0;
        AppendLineStart(data[(lastLf + 1)..]);
        _serverTurnOver = _lineStartLength == 0 && !continues;
    }

    private void AppendLineStart(ReadOnlySpan<byte> bytes)
    {
        var take = Math.Min(_lineStart.Length - _lineStartLength, bytes.Length);
        bytes[..take].CopyTo(_lineStart.AsSpan(_lineStartLength));
        _lineStartLength += take;
    }

    private Task NextChange()
    {
        lock (_gate)
        {
            // Completed synchronously on purpose: the waiting line is decided on the dispatcher, in order with the events.
            _changed ??= new TaskCompletionSource();
            return _changed.Task;
        }
    }

    /// <summary>
    /// For callers outside the pacer: completed asynchronously, so their code never runs on the dispatcher (where a
    /// wait for the dispatcher would never end).
    /// </summary>
    private Task NextChangeForOthers()
    {
        lock (_gate)
        {
            _changedForOthers ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _changedForOthers.Task;
        }
    }

    private void Wake()
    {
        TaskCompletionSource? changed, others;
        lock (_gate)
        {
            (changed, others) = (_changed, _changedForOthers);
            (_changed, _changedForOthers) = (null, null);
        }
        others?.TrySetResult();
        changed?.TrySetResult();
    }

    private void Touch() => Interlocked.Exchange(ref _lastActivity, _time.GetTimestamp());

    private async Task WaitAsync(Task changed, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            // Awaited as it is, so that a wake on the dispatcher goes on right there; cancelling wakes it too.
            await using var cancelled = cancellationToken.Register(Wake).ConfigureAwait(false);
            await changed.ConfigureAwait(false);
            return;
        }
        try
        {
            await changed.WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The caller looks at the clock again.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller looks at its token again.
        }
    }

    private sealed record Waiting(PacedLine Line, PaceOptions Options, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<PacedOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Taken off the queue and being written: its outcome is the pump's to report.</summary>
        public bool Sending { get; set; }
    }
}
