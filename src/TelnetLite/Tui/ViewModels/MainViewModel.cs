using TelnetLite.Core.Assist;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// The TUI's behaviour without any Terminal.Gui: which mode the input line is in, what a submitted line does,
/// how command follow-ups and connection changes are obeyed, and how pasted lines are paced.
/// </summary>
/// <remarks>Every member is called on the UI thread; the controller's events reach it through the UI's dispatcher.</remarks>
internal sealed class MainViewModel
{
    private readonly ISessionController _controller;
    private readonly TuiOptions _options;
    private readonly HistoryStore _store;
    private readonly TimeProvider _time;
    private readonly SessionSettings? _settings;
    private readonly CancellationTokenSource _stopping = new();
    private SynchronizationContext? _ui = SynchronizationContext.Current;
    private readonly System.Collections.Concurrent.ConcurrentQueue<(PacedLine Line, PacedOutcome Outcome)> _finished = new();
    private int _flushScheduled;
    private ConnectionState _lastState;
    private AssistRecognition _lastRecognition;
    private bool _assistVisible;
    // The answer auth waits for while the input line asks for a credential, and the mode to go back to afterwards.
    private TaskCompletionSource<string?>? _credential;
    private InputMode _beforeCredential;

    /// <param name="settings">The controller's settings when it has them: scrollback and connect timeout follow them.</param>
    public MainViewModel(ISessionController controller, TuiOptions options, HistoryStore store, SessionSettings? settings = null, TimeProvider? time = null)
    {
        _controller = controller;
        _settings = settings;
        _options = options;
        _store = store;
        _time = time ?? TimeProvider.System;
        Transcript = new TranscriptViewModel(settings?.Scrollback ?? options.Scrollback);
        Input = new InputLineViewModel(
            new InputHistory(store.Load(HistoryStore.SessionFile)),
            new InputHistory(store.Load(HistoryStore.CommandFile)));
        Recent = new RecentHosts(store.Load(HistoryStore.RecentHostsFile));
        Assist = new AssistPaneViewModel(() => Checklist.From(controller.Snapshot))
        {
            Protocol = controller.Assistant.Protocol,
        };
        Status = controller.Status;
        _lastState = Status.State;
        Assist.Placement = Display.Annotations;
        controller.Pacer.Finished += OnPacedLineFinished;
        // auth asks on the input line, masked for a password, as plain mode asks on the terminal without echo.
        if (controller is SessionController session) session.AskForCredential = AskForCredentialAsync;
    }

    public TranscriptViewModel Transcript { get; }

    public InputLineViewModel Input { get; }

    public AssistPaneViewModel Assist { get; }

    public RecentHosts Recent { get; }

    public SessionStatus Status { get; private set; }

    /// <summary>
    /// The session's status this moment. <see cref="Status"/> is what the screen shows and reaches the UI thread behind
    /// the transcript slices, so during a flood it can trail by seconds; a decision (ask before quitting) takes this one.
    /// </summary>
    public SessionStatus CurrentStatus => _controller.Status;

    public DateTimeOffset Now => _time.GetLocalNow();

    public char EscapeCharacter => _controller.EscapeCharacter;

    public TimeSpan ConnectTimeout => _settings?.ConnectTimeout ?? _options.ConnectTimeout;

    /// <summary>Lines typed or pasted and not sent yet (waiting for a reply).</summary>
    public int QueuedLines => _controller.Pacer.Count;

    /// <summary>
    /// The queued lines as the screen may show them, oldest first: a line that may be a credential (a password
    /// prompt's answer, anything after AUTH) is shown as stars.
    /// </summary>
    public IReadOnlyList<string> QueuedLinesShown
    {
        get
        {
            var lines = _controller.Pacer.Lines;
            if (lines.Count == 0) return lines;
            var snapshot = _controller.Snapshot;
            var afterAuth = snapshot.LastSentWasAuth || snapshot.NextLineIsSecret;
            var shown = new string[lines.Count];
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                shown[i] = afterAuth || _controller.IsSecret(line) ? SecretMask : line;
                // What follows an AUTH typed ahead answers its challenges.
                afterAuth |= line.TrimStart().StartsWith("AUTH", StringComparison.OrdinalIgnoreCase);
            }
            return shown;
        }
    }

    /// <summary>What the queued lines wait for, in words (<c>the reply to DATA</c>), or null.</summary>
    public string? QueueWaitsFor => _controller.Snapshot.AwaitedReplyTo is { } awaited ? "the reply to " + awaited : null;

    /// <summary>How the transcript is shown now (<c>set markers</c>, <c>set annotations</c>).</summary>
    public TranscriptDisplay Display => TranscriptDisplay.From(_settings);

    /// <summary>
    /// True when the line being typed in the session is a secret whatever it holds: the answer to a Telnet login's
    /// password prompt or to an AUTH challenge. The input line then shows stars.
    /// </summary>
    public bool InputIsSecret => Input.Mode == InputMode.Credential
        ? Input.CredentialIsSecret
        : Input.Mode == InputMode.Session && Status.State == ConnectionState.Connected && _controller.IsSecret("");

    private const string SecretMask = "********";

    public bool AssistVisible
    {
        get => _assistVisible;
        set
        {
            if (_assistVisible == value) return;
            _assistVisible = value;
            Changed?.Invoke();
        }
    }

    /// <summary>A follow-up the window has to carry out: <see cref="CommandFollowUp.AskForLogFile"/> or <see cref="CommandFollowUp.Quit"/>.</summary>
    public event Action<CommandFollowUp>? FollowUpRequested;

    /// <summary>Something on screen changed (transcript, status, mode, assist).</summary>
    public event Action? Changed;

    /// <summary>The welcome line, then the connection given on the command line, if any.</summary>
    public async Task StartAsync()
    {
        if (_options.Host is null)
        {
            Input.SetMode(InputMode.Command);
            if (_controller is SessionController session)
            {
                // The controller's welcome goes to the log too, in the same words as plain mode.
                await GuardAsync(session.ShowWelcomeAsync).ConfigureAwait(true);
            }
            else
            {
                AddLocal(TranscriptKind.Note, "Welcome to TelnetLite. Type 'help' for commands.");
                AddLocal(TranscriptKind.Note, $"Escape character is '{StatusBarViewModel.EscapeName(EscapeCharacter)}'.");
            }
            AddLocal(TranscriptKind.Note, "open HOST PORT (or F5) connects; F1 shows every command and key.");
            RunStarted();
            return;
        }
        RunStarted();
        await GuardAsync(() => _controller.OpenAsync(_options.Host, _options.Port, _stopping.Token)).ConfigureAwait(true);
    }

    /// <summary>Stops paced sending and pending work; call before the UI goes away.</summary>
    public void Stop()
    {
        _controller.Pacer.Finished -= OnPacedLineFinished;
        _controller.Pacer.Clear("TelnetLite is closing");
        _stopping.Cancel();
    }

    public void OnTranscriptAppended(IReadOnlyList<TranscriptEntry> entries)
    {
        Transcript.Append(entries);
        MarkFailedReplies(entries);
        Assist.Observe(entries);
        CheckRecognition();
        Changed?.Invoke();
    }

    public void OnStatusChanged()
    {
        Status = _controller.Status;
        if (_settings is not null && _settings.Scrollback != Transcript.Capacity) Transcript.Resize(_settings.Scrollback);
        Assist.Placement = Display.Annotations;
        var state = Status.State;
        if (state != _lastState)
        {
            if (state == ConnectionState.Connecting || (state == ConnectionState.Connected && _lastState != ConnectionState.Connecting))
            {
                Assist.Reset();
            }
            if (state == ConnectionState.Connected)
            {
                Input.SetMode(InputMode.Session);
                if (_options.RememberHosts && Status.Host is { } host) Recent.Add(host, Status.Port);
            }
            else if (_lastState is ConnectionState.Connected or ConnectionState.Connecting)
            {
                CancelCredential();
                if (Input.Mode == InputMode.Session) Input.SetMode(InputMode.Command);
                AbandonQueue();
            }
            _lastState = state;
        }
        CheckRecognition();
        Changed?.Invoke();
    }

    /// <summary>Ctrl+] (or the escape character): the input line goes to the command prompt.</summary>
    public void EnterCommandMode()
    {
        // A password typed after this must not run as a command: the question is withdrawn first.
        CancelCredential();
        Input.SetMode(InputMode.Command);
        Assist.SetLint([]);
        Changed?.Invoke();
    }

    /// <summary>The line being typed changed: refresh the live warnings.</summary>
    public void UpdateLint(string text)
    {
        var before = Assist.Version;
        Assist.SetLint(Input.Mode == InputMode.Session && text.Length > 0 ? _controller.Lint(text) : []);
        if (Assist.Version != before) Changed?.Invoke();
    }

    /// <summary>
    /// Enter: a command line goes to the interpreter, the answer to <c>(to) </c> opens that host, a session line goes
    /// to the server (an empty one too).
    /// </summary>
    /// <remarks>
    /// In an SMTP session every line goes through the pacer, so a line entered while a reply is awaited waits for it
    /// (shown as queued) instead of overtaking it: a paste that arrives as typed lines (no bracketed paste) stays
    /// lock-step. Where the server offers PIPELINING, commands that may be grouped still go at once. Outside SMTP a
    /// line goes at once, as in telnet, unless queued lines are still on their way: it never goes between them.
    /// </remarks>
    public async Task SubmitAsync(string text)
    {
        _ui = SynchronizationContext.Current ?? _ui;
        Assist.SetLint([]);
        if (Input.Mode == InputMode.Credential)
        {
            AnswerCredential(text);
            return;
        }
        if (Input.Mode == InputMode.OpenHost)
        {
            await OpenAskedHostAsync(text).ConfigureAwait(true);
            return;
        }
        if (Input.Mode == InputMode.Command)
        {
            Input.Record(text);
            // An empty line returns to the session at once: what is typed next is already for the server.
            if (text.Trim().Length == 0 && Status.State == ConnectionState.Connected) Input.SetMode(InputMode.Session);
            await RunCommandAsync(text).ConfigureAwait(true);
            return;
        }
        if (_controller.Pacer.Count > 0 || _controller.Snapshot.Recognition != AssistRecognition.None)
        {
            Queue(text, pipelining: true);
            Changed?.Invoke();
            return;
        }
        RecordSessionLine(text);
        await GuardAsync(() => _controller.SendLineAsync(text, _stopping.Token)).ConfigureAwait(true);
    }

    /// <summary>Esc or Ctrl+C: the queued lines are not sent after all. Returns how many were cleared.</summary>
    public int ClearQueue(string key)
    {
        var cleared = _controller.Pacer.Clear($"cleared with {key}");
        if (cleared > 0) AddLocal(TranscriptKind.Note, $"{cleared} queued line{(cleared == 1 ? " was" : "s were")} cleared with {key} and not sent.");
        return cleared;
    }

    /// <summary>
    /// Esc at <c>(to) </c>: back to the command prompt without opening anything; at auth's question: nothing is sent.
    /// </summary>
    public bool CancelPrompt()
    {
        if (CancelCredential()) return true;
        if (Input.Mode != InputMode.OpenHost) return false;
        Input.SetMode(InputMode.Command);
        Changed?.Invoke();
        return true;
    }

    /// <summary>F4: the capabilities listed in the pane, or folded into one line again.</summary>
    public void ToggleCapabilities()
    {
        Assist.CapabilitiesListed = !Assist.CapabilitiesListed;
        if (Assist.CapabilitiesListed) _assistVisible = true;
        Changed?.Invoke();
    }

    /// <summary>
    /// A paste of several lines: every complete line is queued and sent paced like piped input; the text after the
    /// last line break is returned for the input line to keep. In command mode the lines run as commands, in order.
    /// </summary>
    public async Task<string> PasteAsync(string current, string pasted)
    {
        var text = (current + pasted).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = text.Split('\n');
        var complete = lines[..^1];
        if (Input.Mode != InputMode.Session)
        {
            foreach (var line in complete)
            {
                if (Input.Mode == InputMode.Session) Queue(line);
                else await SubmitAsync(line).ConfigureAwait(true);
            }
        }
        else
        {
            foreach (var line in complete) Queue(line);
        }
        Changed?.Invoke();
        return lines[^1];
    }

    /// <summary>The Open dialog's answer.</summary>
    public async Task OpenAsync(string host, int port, TimeSpan connectTimeout)
    {
        if (_settings is not null)
        {
            // The dialog's timeout is the same setting as --connect-timeout; the controller applies it.
            _settings.ConnectTimeout = connectTimeout;
            await GuardAsync(() => _controller.OpenAsync(host, port, _stopping.Token)).ConfigureAwait(true);
            return;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(connectTimeout);
        await GuardAsync(() => _controller.OpenAsync(host, port, timeout.Token)).ConfigureAwait(true);
    }

    /// <summary>
    /// The Log file dialog's answer: the same as typing <c>set logfile PATH</c>, except that the input line stays in the
    /// mode it was in (F3 during a session must not leave the next line at the command prompt).
    /// </summary>
    public Task SetLogFileAsync(string path) => RunCommandAsync("set logfile " + path, keepMode: true);

    /// <summary>The Log file dialog's "Stop logging": the same as <c>unset logfile</c>, the input line staying where it was.</summary>
    public Task StopLogAsync() => RunCommandAsync("unset logfile", keepMode: true);

    /// <summary>The transcript's size, for Telnet NAWS.</summary>
    public void ReportWindowSize(int columns, int rows) => _controller.SetWindowSize(columns, rows);

    public void ToggleAssist() => AssistVisible = !AssistVisible;

    public void SaveHistory()
    {
        _store.Save(HistoryStore.SessionFile, Input.SessionHistory.Lines);
        _store.Save(HistoryStore.CommandFile, Input.CommandHistory.Lines);
        _store.Save(HistoryStore.RecentHostsFile, Recent.ToLines());
    }

    /// <summary>Adds a line of TelnetLite's own to the transcript (not to the log: the controller owns that).</summary>
    public void AddLocal(TranscriptKind kind, string text)
    {
        Transcript.Append(new TranscriptEntry(Now, kind, text));
        Changed?.Invoke();
    }

    /// <summary>The front end's own start-up work (the -f log, the demo's notes); a failure is shown, never thrown.</summary>
    private void RunStarted()
    {
        try
        {
            _options.Started?.Invoke();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            AddLocal(TranscriptKind.Error, e.Message);
        }
    }

    /// <summary>
    /// Credentials never reach the history (the assistant knows an answer to an AUTH challenge when it sees one), nor do
    /// message lines: only commands are worth recalling.
    /// </summary>
    private void RecordSessionLine(string line) => Input.Record(line, _controller.IsSecret(line), _controller.Snapshot.NextLineIsMessageText);

    private async Task RunCommandAsync(string text, bool keepMode = false)
    {
        CommandOutcome outcome;
        try
        {
            outcome = await _controller.ExecuteCommandAsync(text, _stopping.Token).ConfigureAwait(true);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            AddLocal(TranscriptKind.Error, "Command failed: " + e.Message);
            return;
        }
        Obey(outcome, keepMode);
    }

    private void Obey(CommandOutcome outcome, bool keepMode)
    {
        switch (outcome.FollowUp)
        {
            case CommandFollowUp.AskForHost:
                // Classic telnet's "(to) ", on the input line; F5 is the dialog.
                Input.SetMode(InputMode.OpenHost);
                break;
            case CommandFollowUp.ReturnToSession or CommandFollowUp.StayInCommandMode when keepMode:
                break;
            case CommandFollowUp.ReturnToSession:
                Input.SetMode(InputMode.Session);
                break;
            case CommandFollowUp.StayInCommandMode:
                Input.SetMode(InputMode.Command);
                break;
            case CommandFollowUp.SaveTranscript:
                Save(outcome.Argument);
                break;
            default:
                FollowUpRequested?.Invoke(outcome.FollowUp);
                break;
        }
        Changed?.Invoke();
    }

    private void Save(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            AddLocal(TranscriptKind.Error, "save: give a file name, e.g. save session.txt");
            return;
        }
        try
        {
            var full = Path.GetFullPath(path);
            Transcript.SaveTo(full);
            AddLocal(TranscriptKind.Note, $"Transcript saved to {full} ({Transcript.Count} lines).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            AddLocal(TranscriptKind.Error, $"Could not save the transcript to {path}: {e.Message}");
        }
    }

    private void CheckRecognition()
    {
        var recognition = _controller.Snapshot.Recognition;
        if (recognition == _lastRecognition) return;
        if (recognition == AssistRecognition.Confirmed) _assistVisible = true;
        _lastRecognition = recognition;
        Assist.Recognition = recognition;
    }

    /// <summary>The answer to <c>(to) </c>: <c>host [port]</c> opened as <c>open</c> would; an empty answer opens nothing.</summary>
    private async Task OpenAskedHostAsync(string answer)
    {
        Input.SetMode(InputMode.Command);
        if (answer.Trim().Length == 0)
        {
            AddLocal(TranscriptKind.Command, "(to) — nothing opened. " + TelnetLite.Core.Commands.OpenTargetParser.Usage);
            return;
        }
        Input.Record("open " + answer.Trim());
        await RunCommandAsync("open " + answer.Trim()).ConfigureAwait(true);
    }

    /// <summary>
    /// The controller's question for <c>auth</c>, asked on the input line (on the UI thread whatever thread asks): the
    /// next line entered answers it and goes nowhere else: not to the server, the history or the command interpreter.
    /// </summary>
    private async Task<string?> AskForCredentialAsync(CredentialPrompt prompt, CancellationToken cancellationToken)
    {
        var answer = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        OnUiThread(() =>
        {
            if (_stopping.IsCancellationRequested)
            {
                answer.TrySetResult(null);
                return;
            }
            _credential?.TrySetResult(null);
            if (Input.Mode != InputMode.Credential) _beforeCredential = Input.Mode;
            _credential = answer;
            Input.AskCredential(prompt.Label, prompt.IsSecret);
            Changed?.Invoke();
        });
        using var cancelled = cancellationToken.Register(() => OnUiThread(() => CancelCredential(answer)));
        using var stopping = _stopping.Token.Register(() => answer.TrySetResult(null));
        return await answer.Task.ConfigureAwait(false);
    }

    private void AnswerCredential(string text)
    {
        if (_credential is not { } answer) return;
        var label = Input.CredentialLabel;
        var shown = Input.CredentialIsSecret ? SecretMask : text;
        EndCredential();
        // The transcript shows that it was answered, never a password.
        AddLocal(TranscriptKind.Command, $"({label}) {(text.Length == 0 ? "— nothing given" : shown)}");
        answer.TrySetResult(text.Length == 0 ? null : text);
    }

    /// <summary>Withdraws auth's question (Esc, the escape character, a closed connection): nothing is sent.</summary>
    private bool CancelCredential(TaskCompletionSource<string?>? only = null)
    {
        if (_credential is not { } answer || (only is not null && only != answer)) return false;
        EndCredential();
        answer.TrySetResult(null);
        return true;
    }

    private void EndCredential()
    {
        _credential = null;
        if (Input.Mode != InputMode.Credential) return;
        var back = _beforeCredential == InputMode.Session && Status.State != ConnectionState.Connected ? InputMode.Command : _beforeCredential;
        Input.SetMode(back);
        Changed?.Invoke();
    }

    private void OnUiThread(Action action)
    {
        if (_ui is null || SynchronizationContext.Current == _ui) action();
        else _ui.Post(_ => action(), null);
    }

    /// <summary>Hands a line to the session's pacer: it goes when the conversation lets it, without the UI thread.</summary>
    /// <param name="pipelining">For typed lines: commands may go ahead of replies where the server offers PIPELINING.</param>
    private void Queue(string line, bool pipelining = false)
    {
        // What became of the line is reported on the thread that queued it: the UI's.
        _ui = SynchronizationContext.Current ?? _ui;
        _ = _controller.Pacer.SendAsync(new PacedLine(line), new PaceOptions(Pipelining: pipelining), _stopping.Token);
    }

    /// <summary>The received lines of a 4xx or 5xx reply are highlighted themselves, not only its explanation.</summary>
    private void MarkFailedReplies(IReadOnlyList<TranscriptEntry> entries)
    {
        var first = Transcript.Count - entries.Count;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not { Kind: TranscriptKind.Annotation, AssistLine: 0, Assist: ReplyAnnotatedEvent { Annotation.Reply: var reply } }) continue;
            var tone = (reply.Code / 100) switch
            {
                4 => ReplyTone.TransientFailure,
                5 => ReplyTone.PermanentFailure,
                _ => ReplyTone.None,
            };
            if (tone != ReplyTone.None && first + i >= 0) Transcript.MarkReply(first + i, reply.Code, reply.Lines.Count, tone);
        }
    }

    /// <summary>
    /// Told on the pacer's thread as each queued line ends: takes note, and has the UI thread report what became of
    /// the lines in one turn however many ended meanwhile (a long paste must not cost a UI turn per line). A sent line
    /// is recorded when the queue has emptied; a line that was not sent is reported at once.
    /// </summary>
    private void OnPacedLineFinished(PacedLine line, PacedOutcome outcome)
    {
        _finished.Enqueue((line, outcome));
        if (_ui is null || SynchronizationContext.Current == _ui)
        {
            // Already on the UI thread (the pacer went on right where the line was queued).
            ReportFinished();
            return;
        }
        if (outcome.Kind == PacedOutcomeKind.Sent && _controller.Pacer.Count > 0) return;
        if (Interlocked.Exchange(ref _flushScheduled, 1) == 1) return;
        _ui.Post(_ => ReportFinished(), null);
    }

    private void ReportFinished()
    {
        Volatile.Write(ref _flushScheduled, 0);
        var notConnected = 0;
        while (_finished.TryDequeue(out var finished))
        {
            var (line, outcome) = finished;
            switch (outcome.Kind)
            {
                case PacedOutcomeKind.Sent:
                    Input.RecordSent(line.Text, outcome.WasSecret, outcome.WasMessageText);
                    break;
                case PacedOutcomeKind.Dropped or PacedOutcomeKind.TimedOut:
                    AddLocal(TranscriptKind.Warning, $"Not sent: {line.Text} ({outcome.Reason ?? "the assistant held it back"})");
                    break;
                case PacedOutcomeKind.NotConnected:
                    notConnected++;
                    break;
            }
        }
        ReportNotSent(notConnected);
        Changed?.Invoke();
    }

    private void AbandonQueue() => ReportNotSent(_controller.Pacer.Clear("the connection is closed"));

    private void ReportNotSent(int count)
    {
        if (count == 0) return;
        AddLocal(TranscriptKind.Warning, $"{count} queued line{(count == 1 ? " was" : "s were")} not sent: the connection is closed.");
    }

    private async Task GuardAsync(Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(true);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            AddLocal(TranscriptKind.Error, e.Message);
        }
    }
}
