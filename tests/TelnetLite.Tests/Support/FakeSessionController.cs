using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;

namespace TelnetLite.Tests.Support;

/// <summary>
/// A controller for view and view-model tests: records what the UI asked for, answers commands with outcomes the
/// test chooses, and raises the events a real session would, when the test says so.
/// </summary>
internal sealed class FakeSessionController : ISessionController
{
    public event Action<IReadOnlyList<TranscriptEntry>>? TranscriptAppended;

    public event Action? StatusChanged;

    public SessionStatus Status { get; set; } = new(null, 0, ConnectionState.NotConnected, null, null, 0, 0, true, null, false, "");

    private LinePacer? _pacer;

    public FakeAssistant FakeAssistant { get; } = new();

    /// <summary>
    /// The real pacer, over whichever assistant the test chose and the fake's sends: what the TUI does with it is what
    /// is tested. Made on first use, so a test may pick <see cref="RealAssistant"/> first.
    /// </summary>
    public LinePacer Pacer => _pacer ??= new LinePacer(new AssistantStage(Assistant, _ => { }),
        () => Status.State == ConnectionState.Connected,
        async (line, cancellationToken) =>
        {
            await SendLineAsync(line.Text, cancellationToken);
            return true;
        }, TimeProvider.System);

    public AssistSnapshot Snapshot => Assistant.Snapshot;

    public bool IsSecret(string line) => Assistant.IsSecret(line);

    /// <summary>A real assistant to use instead of <see cref="FakeAssistant"/> (the test feeds it events).</summary>
    public IProtocolAssistant? RealAssistant { get; set; }

    public IProtocolAssistant Assistant => RealAssistant ?? FakeAssistant;

    /// <summary>
    /// When true a sent line completes on a thread-pool thread, as a real socket send does, so the caller's await
    /// resumes through its synchronization context; by default it completes at once.
    /// </summary>
    public bool SendsCompleteLater { get; set; }

    public char EscapeCharacter { get; set; } = '\x1d';

    public List<string> Commands { get; } = [];

    public List<string> SentLines { get; } = [];

    public List<(string Host, int Port)> Opened { get; } = [];

    public List<string> LintedLines { get; } = [];

    /// <summary>The outcome of a command line; by default the command stays in command mode.</summary>
    public Func<string, CommandOutcome> Outcomes { get; set; } = _ => new CommandOutcome([], CommandFollowUp.StayInCommandMode);

    public Task<CommandOutcome> ExecuteCommandAsync(string commandLine, CancellationToken cancellationToken)
    {
        Commands.Add(commandLine);
        return Task.FromResult(Outcomes(commandLine));
    }

    public Task SendLineAsync(string line, CancellationToken cancellationToken)
    {
        if (!SendsCompleteLater)
        {
            SentLines.Add(line);
            return Task.CompletedTask;
        }
        return Task.Run(() =>
        {
            lock (SentLines) SentLines.Add(line);
        }, cancellationToken);
    }

    public int SentCount
    {
        get
        {
            lock (SentLines) return SentLines.Count;
        }
    }

    public IReadOnlyList<AssistMessage> Lint(string line)
    {
        LintedLines.Add(line);
        return FakeAssistant.Lint(line);
    }

    public Task<bool> OpenAsync(string host, int port, CancellationToken cancellationToken)
    {
        Opened.Add((host, port));
        return Task.FromResult(true);
    }

    public void SetWindowSize(int columns, int rows)
    {
        WindowSize = (columns, rows);
    }

    public (int Columns, int Rows) WindowSize { get; private set; }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Append(params TranscriptEntry[] entries)
    {
        TranscriptAppended?.Invoke(entries);
        Dispatch(new NoteEvent(DateTimeOffset.Now, NoteKind.Info, "event"));
    }

    /// <summary>
    /// As the session's dispatcher does after every event, the pacer looks again; on the dispatcher's thread there is
    /// no synchronization context, so a line that may now go goes at once, as it does live.
    /// </summary>
    private void Dispatch(SessionEvent sessionEvent)
    {
        if (_pacer is null) return;
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            _pacer.OnSessionEvent(sessionEvent);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    public void Append(TranscriptKind kind, string text) => Append(new TranscriptEntry(DateTimeOffset.Now, kind, text));

    /// <summary>Moves the fake connection to a state and raises StatusChanged.</summary>
    public void SetState(ConnectionState state, string host = "mail1.fabrikam.test", int port = 25)
    {
        var now = DateTimeOffset.Now;
        Status = Status with
        {
            Host = host,
            Port = port,
            State = state,
            ConnectingSince = state == ConnectionState.Connecting ? now : null,
            ConnectedSince = state == ConnectionState.Connected ? now : null,
        };
        StatusChanged?.Invoke();
        Dispatch(new NoteEvent(now, NoteKind.Info, "state"));
    }

    public void RaiseStatusChanged()
    {
        StatusChanged?.Invoke();
        Dispatch(new NoteEvent(DateTimeOffset.Now, NoteKind.Info, "status"));
    }
}
