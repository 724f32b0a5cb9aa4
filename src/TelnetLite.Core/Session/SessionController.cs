using System.Globalization;
using System.Text;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Session;

/// <summary>
/// The one place where a session's parts meet: the engine, the settings, the command interpreter, the session log and
/// the protocol assistant. Front ends (TUI, plain mode) call it and display what it raises.
/// </summary>
/// <remarks>
/// Every event of the session passes here once, on the dispatcher, in order: first to front-end observers (raw output),
/// then to the log, then to the assistant; the transcript entries of one event and the assistant's annotations of it are
/// raised together, so a reply always appears before its explanation.
/// </remarks>
public sealed class SessionController : ISessionController, ISessionObserver
{
    /// <summary>The command prompt, also the prefix of echoed commands in the transcript.</summary>
    public const string CommandPrompt = "telnetlite> ";

    private readonly TelnetSession _session;
    private readonly SessionLog _log;
    private readonly IProtocolAssistant _assistant;
    private readonly CommandInterpreter _interpreter = new();
    private readonly SessionControllerOptions _options;
    private readonly ReceivedLineAssembler _lines = new();
    private readonly List<ISessionObserver> _frontObservers = [];
    private ConnectionState _state = ConnectionState.NotConnected;
    private DateTimeOffset? _connectingSince;
    private bool? _localEchoBeforeServerEcho;
    private CancellationTokenSource? _connectAttempt;
    private readonly Lock _assistantGate = new();

    /// <summary>Creates a controller with no connection.</summary>
    public SessionController(SessionSettings settings, SessionControllerOptions options, IProtocolAssistant assistant, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _options = options;
        _assistant = assistant;
        _session = new TelnetSession(time) { TelnetMode = settings.Mode, TerminalType = settings.TerminalType };
        _log = new SessionLog(time);
        _log.WriteFailed += (_, message) => _session.Post(new NoteEvent(_session.Now, NoteKind.Error, message));
        _session.AddObserver(this);
    }

    /// <inheritdoc />
    public event Action<IReadOnlyList<TranscriptEntry>>? TranscriptAppended;

    /// <inheritdoc />
    public event Action? StatusChanged;

    /// <summary>The user's settings (local echo, log file, escape character...).</summary>
    public SessionSettings Settings { get; }

    /// <inheritdoc />
    public IProtocolAssistant Assistant => _assistant;

    /// <inheritdoc />
    public char EscapeCharacter => Settings.EscapeCharacter;

    /// <inheritdoc />
    public SessionStatus Status => new(
        _session.Host,
        _session.Port,
        _state,
        _state == ConnectionState.Connecting ? _connectingSince : null,
        _session.ConnectedSince,
        _session.BytesIn,
        _session.BytesOut,
        Settings.LocalEcho,
        _log.FilePath,
        _log.IsPaused,
        AssistSummary() ?? "");

    /// <summary>Adds an observer that sees every session event before the log and the assistant (plain mode's raw output).</summary>
    public void AddFrontObserver(ISessionObserver observer)
    {
        lock (_frontObservers) _frontObservers.Add(observer);
    }

    /// <summary>Completes once everything that happened so far has reached the log, the assistant and the front end.</summary>
    public Task DrainAsync() => _session.DrainAsync();

    /// <summary>Shows the command-mode welcome: what this is and the escape character.</summary>
    public Task ShowWelcomeAsync()
    {
        Note($"Welcome to TelnetLite {Version}. Type 'help' for commands.");
        Note($"Escape character is '{EscapeCharacterName}'.");
        return DrainAsync();
    }

    /// <summary>Shows one of the front end's own notes in the transcript (and the log, if open), in order with the session.</summary>
    public void AddNote(string text) => Post(NoteKind.Info, text);

    /// <summary>Opens the session log at <paramref name="path"/>; failures are shown and the session goes on without a log.</summary>
    public bool OpenLog(string path)
    {
        var result = _log.Open(path);
        if (!result.Succeeded)
        {
            var reason = result.Error!;
            Post(NoteKind.Error, $"{char.ToUpperInvariant(reason[0])}{reason[1..].TrimEnd('.')}. The session goes on without a log.");
            Settings.LogFile = null;
            return false;
        }
        Settings.LogFile = result.FullPath;
        Post(NoteKind.Info, $"Logging to {result.FullPath}");
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> OpenAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _connectAttempt = attempt;
        _state = ConnectionState.Connecting;
        _connectingSince = _session.Now;
        RaiseStatus();
        ConnectFailure? failure;
        try
        {
            failure = await _session.ConnectAsync(
                new ConnectRequest(host, port, Settings.ConnectTimeout, _options.Family, _options.BindAddress), attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // 'close' (or quit) while connecting.
            _state = ConnectionState.NotConnected;
            Post(NoteKind.Info, $"Connecting to {host} cancelled.");
            RaiseStatus();
            await DrainAsync().ConfigureAwait(false);
            return false;
        }
        finally
        {
            _connectAttempt = null;
        }
        if (failure is null)
        {
            _state = ConnectionState.Connected;
            RaiseStatus();
            return true;
        }
        _state = ConnectionState.NotConnected;
        Post(NoteKind.Error, failure.ClassicLine);
        foreach (var line in ConnectFailureExplainer.Explain(failure.Kind, failure.Host, failure.Port).ToLines()) Post(NoteKind.Error, line);
        Post(NoteKind.Info, $"({failure.Detail})");
        RaiseStatus();
        await DrainAsync().ConfigureAwait(false);
        return false;
    }

    /// <summary>Closes the connection politely, if there is one.</summary>
    public Task CloseAsync() => _session.CloseAsync();

    /// <inheritdoc />
    public IReadOnlyList<AssistMessage> Lint(string line)
    {
        lock (_assistantGate) return _assistant.Lint(line);
    }

    /// <summary>Asks the assistant whether a queued (piped or pasted) line may be sent now.</summary>
    public PacingDecision Pace(string line, bool pipelining)
    {
        lock (_assistantGate) return _assistant.Pace(line, pipelining);
    }

    /// <summary>True while the assistant waits for the reply to a command sent.</summary>
    public bool IsAwaitingReply
    {
        get
        {
            lock (_assistantGate) return _assistant.IsAwaitingReply;
        }
    }

    /// <inheritdoc />
    public async Task SendLineAsync(string line, CancellationToken cancellationToken)
    {
        if (!_session.IsConnected)
        {
            Post(NoteKind.Warning, $"Not connected: '{ScreenText(Encoding.UTF8.GetBytes(line))}' was not sent. Use 'open HOST PORT' (escape: {EscapeCharacterName}).");
            return;
        }
        // Classic telnet sent raw backspaces to SMTP servers ("500 5.3.3 Unrecognized command"); we never do.
        var sanitized = OutgoingLineSanitizer.Sanitize(line);
        if (sanitized.Describe() is { } changed) Post(NoteKind.Warning, $"Before sending: {changed}.");
        await SendCheckedAsync(Encoding.UTF8.GetBytes(sanitized.Text), sanitized.Text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends one line given as bytes, as read from a pipe: valid UTF-8 is treated exactly as typed text; anything else
    /// (a Latin-1 message body) goes byte for byte, with only control bytes removed, so no byte is replaced.
    /// </summary>
    public async Task SendLineAsync(ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        if (System.Text.Unicode.Utf8.IsValid(line.Span))
        {
            await SendLineAsync(Encoding.UTF8.GetString(line.Span), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!_session.IsConnected)
        {
            Post(NoteKind.Warning, $"Not connected: '{ScreenText(line.Span)}' was not sent.");
            return;
        }
        var kept = new List<byte>(line.Length);
        var removed = 0;
        foreach (var b in line.Span)
        {
            if ((b < 0x20 && b != 0x09) || b == 0x7F) removed++;
            else kept.Add(b);
        }
        if (removed > 0) Post(NoteKind.Warning, $"Before sending: removed {removed} control byte(s).");
        var bytes = kept.ToArray();
        await SendCheckedAsync(bytes, Encoding.UTF8.GetString(bytes), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lints, marks secrets, sends, and waits until the assistant has seen the line.</summary>
    private async Task SendCheckedAsync(byte[] bytes, string text, CancellationToken cancellationToken)
    {
        foreach (var warning in Lint(text)) _session.Post(new AssistMessageEvent(_session.Now, warning));
        bool secret;
        lock (_assistantGate) secret = _assistant.IsSecret(text);
        await _session.SendLineAsync(bytes, Settings.Crlf ? "\r\n" : "\r", secret, cancellationToken).ConfigureAwait(false);
        // The assistant must have seen this line before anyone asks it whether the next one may go.
        await DrainAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<CommandOutcome> ExecuteCommandAsync(string commandLine, CancellationToken cancellationToken)
    {
        var request = _interpreter.Parse(commandLine);
        Post(TranscriptKind.Command, CommandPrompt + ScreenText(Encoding.UTF8.GetBytes(commandLine)));
        var output = new List<string>();
        var followUp = CommandFollowUp.StayInCommandMode;
        string? argument = null;
        switch (request)
        {
            case EmptyRequest:
                if (_session.IsConnected) followUp = CommandFollowUp.ReturnToSession;
                break;
            case OpenRequest { Host: null }:
                followUp = CommandFollowUp.AskForHost;
                break;
            case OpenRequest when _state == ConnectionState.Connecting:
                output.Add($"Already connecting to {_session.Host}: 'close' cancels it.");
                break;
            case OpenRequest when _session.IsConnected:
                // As classic telnet does: a second open must not drop a live session by surprise.
                output.Add($"Already connected to {_session.Host} port {_session.Port}: 'close' first.");
                followUp = CommandFollowUp.ReturnToSession;
                break;
            case OpenRequest open:
                if (await OpenAsync(open.Host, open.EffectivePort, cancellationToken).ConfigureAwait(false)) followUp = CommandFollowUp.ReturnToSession;
                break;
            case CloseRequest when _connectAttempt is { } attempt:
                await attempt.CancelAsync().ConfigureAwait(false);
                break;
            case CloseRequest:
                if (_session.IsConnected) await _session.CloseAsync().ConfigureAwait(false);
                else output.Add("Not connected.");
                break;
            case QuitRequest:
                if (_connectAttempt is { } connecting) await connecting.CancelAsync().ConfigureAwait(false);
                await _session.CloseAsync().ConfigureAwait(false);
                followUp = CommandFollowUp.Quit;
                break;
            case SaveRequest save:
                followUp = CommandFollowUp.SaveTranscript;
                argument = save.Path;
                break;
            case PromptLogFileRequest prompt:
                output.Add(prompt.Usage);
                followUp = CommandFollowUp.AskForLogFile;
                break;
            case DisplayRequest:
                output.AddRange(SettingsDisplay.Format(Settings));
                break;
            case StatusRequest:
                output.AddRange(StatusDisplay.Format(StatusReport()));
                break;
            case HelpRequest help:
                output.AddRange(HelpText.For(help.Topic));
                break;
            case SendRequest send:
                output.AddRange(await SendCommandAsync(send, cancellationToken).ConfigureAwait(false));
                break;
            case SetRequest set:
                output.AddRange(ApplySetting(set.Change));
                break;
            case UnsetRequest unset:
                output.AddRange(ApplySetting(unset.Change));
                break;
            case InvalidRequest invalid:
                output.Add(invalid.Message);
                break;
            case AmbiguousRequest ambiguous:
                output.Add(ambiguous.Message);
                break;
        }
        foreach (var line in output) Post(TranscriptKind.Command, line);
        await DrainAsync().ConfigureAwait(false);
        RaiseStatus();
        return new CommandOutcome(output, followUp, argument);
    }

    /// <summary>Applies a setting's side effect, then records it in the settings; returns what to tell the user.</summary>
    private IEnumerable<string> ApplySetting(SettingChange change)
    {
        switch (change)
        {
            case LogFileChange { Path: { } path }:
                // OpenLog records the full path in the settings and reports success or failure itself.
                OpenLog(path);
                return [];
            case LogFileChange:
                if (_log.FilePath is null) return ["No log file is open."];
                var closedPath = _log.FilePath;
                _log.Close();
                _interpreter.Apply(change, Settings);
                return [$"Log file {closedPath} closed."];
            case LoggingChange { On: true }:
                _log.Resume();
                break;
            case LoggingChange { On: false }:
                _log.Pause();
                break;
            case SmtpAssistChange smtp:
                lock (_assistantGate) _assistant.Mode = smtp.Mode;
                break;
            case ProtocolModeChange mode:
                _session.TelnetMode = mode.Mode;
                break;
            case TerminalTypeChange term:
                _session.TerminalType = term.TerminalType;
                break;
        }
        var confirmation = _interpreter.Apply(change, Settings);
        Post(NoteKind.Info, confirmation);
        return [];
    }

    private async Task<IReadOnlyList<string>> SendCommandAsync(SendRequest send, CancellationToken cancellationToken)
    {
        if (!_session.IsConnected) return ["Not connected."];
        if (send.Kind == SendKind.Text)
        {
            var sanitized = OutgoingLineSanitizer.Sanitize(send.Text ?? "");
            await _session.SendLineAsync(sanitized.Text, "", secret: false, cancellationToken).ConfigureAwait(false);
            return sanitized.Describe() is { } removed ? [removed] : [];
        }
        if (!_session.TelnetProcessing && send.Kind != SendKind.Esc)
        {
            // On a raw session (SMTP) the IAC bytes would reach the server as data and spoil the next command.
            return [$"Not sent: Telnet processing is off for this connection (raw, as for SMTP), so the server would take {send.Kind.ToString().ToUpperInvariant()} as garbage before your next line. Use 'set mode telnet' first if you really mean it."];
        }
        await _session.SendTelnetCommandAsync(send.Kind, Settings.EscapeCharacter, cancellationToken).ConfigureAwait(false);
        return [$"Sent {send.Kind.ToString().ToUpperInvariant()}."];
    }

    private StatusReport StatusReport() => new(
        _session.IsConnected,
        _session.Host,
        _session.Port,
        _session.RemoteEndPoint?.Address.ToString(),
        _session.ConnectedSince is { } since ? _session.Now - since : TimeSpan.Zero,
        _session.BytesIn,
        _session.BytesOut,
        _session.TelnetProcessing,
        Settings.LocalEcho,
        _log.FilePath,
        !_log.IsPaused,
        AssistSummary());

    private string? AssistSummary()
    {
        lock (_assistantGate) return _assistant.Recognition == AssistRecognition.None ? null : _assistant.Summary;
    }

    /// <inheritdoc />
    public void SetWindowSize(int columns, int rows) => _session.SetWindowSize(columns, rows);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync().ConfigureAwait(false);
        _log.Dispose();
    }

    /// <inheritdoc />
    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        ISessionObserver[] front;
        lock (_frontObservers) front = [.. _frontObservers];
        foreach (var observer in front) observer.OnSessionEvent(sessionEvent);

        _log.OnSessionEvent(sessionEvent);
        var entries = new List<TranscriptEntry>();
        Describe(sessionEvent, entries);
        IReadOnlyList<AssistMessage> messages;
        // The assistant is single-threaded; the dispatcher feeds it while front ends lint and pace from theirs.
        lock (_assistantGate) messages = _assistant.Observe(sessionEvent);
        foreach (var message in messages) AddAssistMessage(sessionEvent.Time, message, TranscriptKind.Annotation, entries);
        if (sessionEvent is ClosedEvent) _state = ConnectionState.Closed;
        if (entries.Count > 0) TranscriptAppended?.Invoke(entries);
        if (sessionEvent is not DataReceivedEvent || entries.Count > 0) StatusChanged?.Invoke();
    }

    private void Describe(SessionEvent sessionEvent, List<TranscriptEntry> entries)
    {
        var time = sessionEvent.Time;
        switch (sessionEvent)
        {
            case ConnectingEvent connecting:
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, $"Connecting to {connecting.Host}..."));
                break;
            case ConnectedEvent connected:
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, $"Connected to {connected.Host} ({connected.Remote.Address}) port {connected.Port}."));
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, $"Escape character is '{EscapeCharacterName}'."));
                break;
            case DataReceivedEvent data:
                foreach (var line in _lines.Feed(data.Data.Span)) entries.Add(new TranscriptEntry(time, TranscriptKind.Received, ScreenText(line.Content.Span)));
                break;
            case ReceiveIdleEvent:
                if (_lines.TakePartial() is { } partial) entries.Add(new TranscriptEntry(time, TranscriptKind.Received, ScreenText(partial.Content.Span), IsPartial: true));
                break;
            case LineSentEvent sent when Settings.LocalEcho:
                entries.Add(new TranscriptEntry(time, TranscriptKind.Sent, sent.Secret ? SessionLog.Redact(sent.Line.Span) : ScreenText(sent.Line.Span)));
                break;
            case NoteEvent note:
                entries.Add(new TranscriptEntry(time, note.Kind switch
                {
                    NoteKind.Error => TranscriptKind.Error,
                    NoteKind.Warning => TranscriptKind.Warning,
                    _ => TranscriptKind.Note,
                }, note.Text));
                break;
            case TranscriptNoteEvent transcriptNote:
                entries.Add(new TranscriptEntry(time, transcriptNote.Kind, transcriptNote.Text));
                break;
            case AssistMessageEvent assist:
                _log.WriteAnnotation(time, assist.Message.Lines);
                AddAssistMessage(time, assist.Message, TranscriptKind.Warning, entries);
                break;
            case RemoteEchoChangedEvent { ServerEchoes: true }:
                _localEchoBeforeServerEcho ??= Settings.LocalEcho;
                Settings.LocalEcho = false;
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, "The server echoes what you type: local echo off."));
                break;
            case RemoteEchoChangedEvent:
                Settings.LocalEcho = _localEchoBeforeServerEcho ?? true;
                _localEchoBeforeServerEcho = null;
                entries.Add(new TranscriptEntry(time, TranscriptKind.Note, $"The server stopped echoing: local echo {(Settings.LocalEcho ? "on" : "off")}."));
                break;
            case ClosedEvent closed:
                if (_localEchoBeforeServerEcho is { } before) Settings.LocalEcho = before;
                _localEchoBeforeServerEcho = null;
                if (_lines.TakePartial() is { } rest) entries.Add(new TranscriptEntry(time, TranscriptKind.Received, ScreenText(rest.Content.Span)));
                entries.Add(closed.Reason switch
                {
                    CloseReason.RemoteClosed => new TranscriptEntry(time, TranscriptKind.Note, "Connection closed by foreign host."),
                    CloseReason.Lost => new TranscriptEntry(time, TranscriptKind.Error, $"Connection lost: {closed.Detail}"),
                    _ => new TranscriptEntry(time, TranscriptKind.Note, "Connection closed."),
                });
                break;
        }
    }

    private void AddAssistMessage(DateTimeOffset time, AssistMessage message, TranscriptKind kind, List<TranscriptEntry> entries)
    {
        if (kind == TranscriptKind.Annotation) _log.WriteAnnotation(time, message.Lines);
        foreach (var line in message.Lines) entries.Add(new TranscriptEntry(time, kind, line, message));
    }

    private static string ScreenText(ReadOnlySpan<byte> bytes)
    {
        var decoder = new ScreenTextDecoder();
        // A transcript line is already whole; CR, TAB and LF inside it would break the layout of a line-based view.
        return (decoder.Decode(bytes) + decoder.Flush()).Replace("\r", "^M", StringComparison.Ordinal).Replace("\t", "    ", StringComparison.Ordinal);
    }

    private string EscapeCharacterName => TelnetLite.Core.Commands.EscapeCharacter.Describe(Settings.EscapeCharacter);

    private static string Version =>
        typeof(SessionController).Assembly.GetName().Version?.ToString(3) ?? "0";

    private void Note(string text) => Post(TranscriptKind.Note, text);

    private void Post(NoteKind kind, string text) => _session.Post(new NoteEvent(_session.Now, kind, text));

    private void Post(TranscriptKind kind, string text) => _session.Post(new TranscriptNoteEvent(_session.Now, kind, text));

    private void RaiseStatus() => StatusChanged?.Invoke();
}
