using System.Text;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Text;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Session;

/// <summary>
/// Carries out command-mode lines (<c>open</c>, <c>close</c>, <c>set logfile</c>, <c>status</c>, <c>send ayt</c>...)
/// that the pure <see cref="CommandInterpreter"/> has parsed. Its output goes to the screen as command lines; what a
/// command changes is announced by the parts it changes (the log's notes, the session's events).
/// </summary>
internal sealed class CommandExecutor
{
    private readonly SessionController _controller;
    private readonly TelnetSession _session;
    private readonly SessionLog _log;
    private readonly AssistantStage _assistant;
    private readonly SessionTls _tls;
    private readonly CommandInterpreter _interpreter = new();

    public CommandExecutor(SessionController controller, TelnetSession session, SessionLog log, AssistantStage assistant, SessionTls tls)
    {
        _controller = controller;
        _session = session;
        _log = log;
        _assistant = assistant;
        _tls = tls;
    }

    private SessionSettings Settings => _controller.Settings;

    public async Task<CommandOutcome> ExecuteAsync(string commandLine, CancellationToken cancellationToken)
    {
        var request = _interpreter.Parse(commandLine);
        Screen(SessionController.CommandPrompt + ScreenText.OfLine(Encoding.UTF8.GetBytes(commandLine)));
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
            case OpenRequest when _controller.Status.State == ConnectionState.Connecting:
                output.Add($"Already connecting to {_session.Host}: 'close' cancels it.");
                break;
            case OpenRequest when _session.IsConnected:
                // As classic telnet does: a second open must not drop a live session by surprise.
                output.Add($"Already connected to {_session.Host} port {_session.Port}: 'close' first.");
                followUp = CommandFollowUp.ReturnToSession;
                break;
            case OpenRequest open:
                if (await _controller.OpenAsync(open.Host, open.EffectivePort, open.UsesTls, cancellationToken).ConfigureAwait(false))
                    followUp = CommandFollowUp.ReturnToSession;
                break;
            case StartTlsRequest when !_session.IsConnected:
                output.Add("Not connected.");
                break;
            case StartTlsRequest when _tls.Current is not null:
                output.Add($"TLS is already on ({_tls.Current.StatusText}): see 'certificate'.");
                break;
            case StartTlsRequest:
                // The same as typing STARTTLS: the switch is armed as the line goes, and TLS starts at the server's 220.
                await _controller.SendLineAsync("STARTTLS", cancellationToken).ConfigureAwait(false);
                followUp = CommandFollowUp.ReturnToSession;
                break;
            case OpenMxRequest when _controller.Status.State == ConnectionState.Connecting || _session.IsConnected:
                output.Add(_session.IsConnected ? $"Already connected to {_session.Host} port {_session.Port}: 'close' first." : $"Already connecting to {_session.Host}: 'close' cancels it.");
                break;
            case OpenMxRequest mx:
                if (await _controller.OpenMxAsync(mx.Domain, mx.EffectivePort, mx.UsesTls, cancellationToken).ConfigureAwait(false))
                    followUp = CommandFollowUp.ReturnToSession;
                break;
            case MxRequest mx:
                output.AddRange(await _controller.DescribeMxAsync(mx.Domain, cancellationToken).ConfigureAwait(false));
                break;
            case AuthRequest auth:
                if (await _controller.AuthenticateAsync(auth.Mechanism, auth.User, cancellationToken).ConfigureAwait(false) is not null)
                    followUp = CommandFollowUp.ReturnToSession;
                break;
            case ShowCertificateRequest when _tls.Current is { } current:
                output.AddRange(current.FullLines());
                break;
            case ShowCertificateRequest when _tls.LastFailure?.Description is { } failed:
                output.Add("The last TLS handshake failed; what it got as far as:");
                output.AddRange(failed.FullLines());
                break;
            case ShowCertificateRequest:
                output.Add(_session.IsConnected ? "This connection is not encrypted: STARTTLS (or 'starttls') starts TLS." : "Not connected.");
                break;
            case CloseRequest when _controller.CancelConnectAttempt():
                break;
            case CloseRequest:
                if (_session.IsConnected) await _session.CloseAsync().ConfigureAwait(false);
                else output.Add("Not connected.");
                break;
            case QuitRequest:
                _controller.CancelConnectAttempt();
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
                output.AddRange(await SendAsync(send, cancellationToken).ConfigureAwait(false));
                break;
            case SetRequest set:
                output.AddRange(Apply(set.Change));
                break;
            case UnsetRequest unset:
                output.AddRange(Apply(unset.Change));
                break;
            case InvalidRequest invalid:
                output.Add(invalid.Message);
                break;
            case AmbiguousRequest ambiguous:
                output.Add(ambiguous.Message);
                break;
        }
        foreach (var line in output) Screen(line);
        return new CommandOutcome(output, followUp, argument);
    }

    /// <summary>Applies a setting's side effect, then records it in the settings; returns what to tell the user.</summary>
    private IEnumerable<string> Apply(SettingChange change)
    {
        switch (change)
        {
            case LogFileChange { Path: { } path }:
                // OpenLog records the full path in the settings and reports success or failure itself.
                _controller.OpenLog(path);
                return [];
            case LogFileChange:
                if (_log.FilePath is null) return ["No log file is open."];
                var closedPath = _log.FilePath;
                _controller.FlushPromptToLog();
                _log.Close();
                _interpreter.Apply(change, Settings);
                return [$"Log file {closedPath} closed."];
            case LoggingChange { On: true }:
                _log.Resume();
                break;
            case LoggingChange { On: false }:
                _controller.FlushPromptToLog();
                _log.Pause();
                break;
            case SmtpAssistChange smtp:
                _assistant.Mode = smtp.Mode;
                break;
            case LogSecretsChange secrets:
                _log.LogSecrets = secrets.On;
                if (secrets.On)
                {
                    _session.Post(new NoteEvent(_session.Now, NoteKind.Warning,
                        "logsecrets is on: what is typed after AUTH now goes to the log IN CLEAR, passwords included. 'set logsecrets off' when done debugging."));
                }
                break;
            case ProtocolModeChange mode:
                _session.TelnetMode = mode.Mode;
                break;
            case TerminalTypeChange term:
                _session.TerminalType = term.TerminalType;
                break;
        }
        var confirmation = _interpreter.Apply(change, Settings);
        _session.Post(new NoteEvent(_session.Now, NoteKind.Info, confirmation));
        return [];
    }

    private async Task<IReadOnlyList<string>> SendAsync(SendRequest send, CancellationToken cancellationToken)
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
        _controller.Snapshot.Recognition == Assist.AssistRecognition.None ? null : _controller.Snapshot.Summary);

    private void Screen(string text) => _session.Post(new ScreenNoteEvent(_session.Now, ScreenNoteKind.Command, text));
}
