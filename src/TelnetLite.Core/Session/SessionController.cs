using System.Text;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Auth;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Mx;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Text;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Session;

/// <summary>
/// Wires a session's parts together: the engine, the settings, the session log, the protocol assistant, the command
/// executor, the transcript and the pacer. Front ends (TUI, plain mode, scripted runs) call it and subscribe to the
/// events they need.
/// </summary>
/// <remarks>
/// Every event passes the subscribers in one fixed order: the connection state, the log, the assistant (whose
/// explanations are delivered right after the event they explain), the front ends, the transcript, and last the
/// pacer, which may then let the next line go.
/// </remarks>
public sealed class SessionController : ISessionController
{
    /// <summary>The command prompt, also the prefix of echoed commands in the transcript.</summary>
    public const string CommandPrompt = "telnetlite> ";

    private const int StateOrder = 0;
    private const int LogOrder = 1;
    private const int AssistantOrder = 2;
    private const int FrontEndOrder = 3;
    private const int TranscriptOrder = 4;
    private const int PacerOrder = 9;

    // Where the assistant assumes SMTP (SmtpAssistant recognises these ports at once).
    private static readonly int[] MailPorts = [25, 465, 587, 2525];

    private readonly TelnetSession _session;
    private readonly SessionLog _log;
    private readonly AssistantStage _assistant;
    private readonly TranscriptBuilder _transcript;
    private readonly CommandExecutor _commands;
    private readonly SessionControllerOptions _options;
    private readonly ConnectionStateTracker _state;
    private readonly LoginSecretWatcher _loginSecrets = new();
    private readonly SessionTls _tls;
    private CancellationTokenSource? _connectAttempt;
    private volatile bool _frontEndsWantLines;
    // The name TLS presents (SNI) and checks the certificate against: the host opened, or the MX host behind an address.
    private string? _serverName;

    /// <summary>Creates a controller with no connection.</summary>
    public SessionController(SessionSettings settings, SessionControllerOptions options, IProtocolAssistant assistant, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(assistant);
        Settings = settings;
        _options = options;
        _session = new TelnetSession(time) { TelnetMode = settings.Mode, TerminalType = settings.TerminalType };
        _log = new SessionLog(time);
        _log.WriteFailed += (_, message) => _session.Post(new NoteEvent(_session.Now, NoteKind.Error, message));
        _assistant = new AssistantStage(assistant, _session.Post);
        _transcript = new TranscriptBuilder(settings);
        _state = new ConnectionStateTracker(settings, RaiseStatus);
        _tls = new SessionTls(_session, () => new TlsClientOptions(Settings.TlsVerify, options.TrustedRoots, options.PinnedCertificateSha256)
        {
            TrustedRootsSource = options.TrustedRootsSource,
        });
        _commands = new CommandExecutor(this, _session, _log, _assistant, _tls);
        Pacer = new LinePacer(_assistant, () => _session.IsConnected, SendPacedAsync, time ?? TimeProvider.System, IsSecret);
        // Lines are cut when someone reads them; a flood shown raw, with no log, is not cut at all.
        _session.LinesNeeded = () => _log.FilePath is not null || _transcript.WantsLines || assistant.WantsLines || _frontEndsWantLines;
        _session.AddObserver(_state, StateOrder);
        _session.AddObserver(_loginSecrets, StateOrder);
        _session.AddObserver(_log, LogOrder);
        _session.AddObserver(_assistant, AssistantOrder);
        _session.AddObserver(_transcript, TranscriptOrder);
        _session.AddObserver(Pacer, PacerOrder);
    }

    /// <inheritdoc />
    public event Action<IReadOnlyList<TranscriptEntry>>? TranscriptAppended
    {
        add => _transcript.Appended += value;
        remove => _transcript.Appended -= value;
    }

    /// <inheritdoc />
    public event Action? StatusChanged;

    /// <summary>The user's settings (local echo, log file, escape character...).</summary>
    public SessionSettings Settings { get; }

    /// <inheritdoc />
    public IProtocolAssistant Assistant => _assistant.Assistant;

    /// <inheritdoc />
    public AssistSnapshot Snapshot => _assistant.Snapshot;

    /// <inheritdoc />
    public LinePacer Pacer { get; }

    /// <inheritdoc />
    public char EscapeCharacter => Settings.EscapeCharacter;

    /// <inheritdoc />
    public SessionStatus Status
    {
        get
        {
            var snapshot = Snapshot;
            return new SessionStatus(
                _session.Host,
                _session.Port,
                _state.State,
                _state.State == ConnectionState.Connecting ? _state.ConnectingSince : null,
                _session.ConnectedSince,
                _session.BytesIn,
                _session.BytesOut,
                Settings.LocalEcho,
                _log.FilePath,
                _log.IsPaused,
                snapshot.Recognition == AssistRecognition.None ? "" : snapshot.Summary,
                _session.IsConnected ? _tls.Current?.StatusText : null);
        }
    }

    /// <summary>Whether <see cref="TranscriptAppended"/> carries received lines (plain mode writes those itself, as they arrive).</summary>
    public bool TranscriptIncludesReceivedLines
    {
        get => _transcript.IncludesReceivedLines;
        set => _transcript.IncludesReceivedLines = value;
    }

    /// <summary>
    /// Subscribes a front end (plain mode's output, a script runner) to every event, after the log and the assistant
    /// and before the transcript and the pacer: a reply reaches it after the log has it, and before the next line goes.
    /// </summary>
    /// <param name="observer">The subscriber.</param>
    /// <param name="readsLines">True when it reads <see cref="LinesReceivedEvent"/>: lines are then always cut.</param>
    public void Subscribe(ISessionObserver observer, bool readsLines = false)
    {
        _frontEndsWantLines |= readsLines;
        _session.AddObserver(observer, FrontEndOrder);
    }

    /// <summary>Completes once everything that happened so far has reached every subscriber.</summary>
    public Task DrainAsync() => _session.DrainAsync();

    /// <summary>Shows the command-mode welcome: what this is and the escape character.</summary>
    public Task ShowWelcomeAsync()
    {
        Screen($"Welcome to TelnetLite {Version}. Type 'help' for commands.");
        Screen($"Escape character is '{EscapeCharacterName}'.");
        return DrainAsync();
    }

    /// <summary>Shows one of the front end's own notes in the transcript (and the log, if open), in order with the session.</summary>
    public void AddNote(string text) => Post(NoteKind.Info, text);

    /// <summary>Opens the session log at <paramref name="path"/>; failures are shown and the session goes on without a log.</summary>
    public bool OpenLog(string path)
    {
        FlushPromptToLog();
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

    /// <summary>
    /// Whether <see cref="OpenAsync(string, int, CancellationToken)"/> starts with TLS: what the command line said
    /// (<c>--tls</c>, port 465) for the connection it names; <c>open</c> typed later says it for itself.
    /// </summary>
    public bool StartWithTls { get; set; }

    /// <summary>
    /// How a front end asks the person for what <c>auth</c> needs: a user name, or a password typed masked. Null (or a
    /// null answer) means there is nobody to ask: the exchange does not start.
    /// </summary>
    public Func<CredentialPrompt, CancellationToken, Task<string?>>? AskForCredential { get; set; }

    /// <summary>
    /// The <c>auth</c> helper: picks the strongest mechanism the server advertised unless one is given, gets the user name
    /// and the password (from <c>--password-file</c>, TELNETLITE_PASSWORD, or by asking), and runs the exchange with base64
    /// and digests done; every line carrying a credential is a secret line. Null when it could not start (said why).
    /// </summary>
    public async Task<AuthOutcome?> AuthenticateAsync(SaslMechanism? mechanism, string? user, CancellationToken cancellationToken)
    {
        if (!_session.IsConnected)
        {
            Post(NoteKind.Warning, "Not connected: 'auth' needs a connection to a mail server that offers AUTH.");
            return null;
        }
        var kind = mechanism == SaslMechanism.XOAuth2 ? SaslCredentialKind.BearerToken : SaslCredentialKind.Password;
        if (mechanism is null)
        {
            var choice = SaslMechanisms.Choose(AdvertisedMechanisms(), kind);
            if (choice.Mechanism is not { } chosen)
            {
                Post(NoteKind.Warning, $"auth: {choice.Reason}");
                return null;
            }
            Post(NoteKind.Info, $"auth: {choice.Reason}");
            mechanism = chosen;
        }
        user ??= await AskAsync(new CredentialPrompt("user name", IsSecret: false), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(user))
        {
            Post(NoteKind.Warning, "auth: no user name given: nothing was sent. Type it after the mechanism: auth LOGIN chris@contoso.com");
            return null;
        }
        var secret = await SecretForAsync(mechanism.Value, user, cancellationToken).ConfigureAwait(false);
        if (secret is null) return null;

        var exchange = new AuthExchange((line, token) => SendCheckedAsync(Encoding.UTF8.GetBytes(line.Text), line.Text, tellIfNotSent: true, token, line.IsSecret));
        _session.AddObserver(exchange, FrontEndOrder);
        try
        {
            var outcome = await exchange.RunAsync(mechanism.Value, new SaslCredentials(user, secret, kind), _options.ReplyTimeout, cancellationToken).ConfigureAwait(false);
            Post(outcome.Succeeded ? NoteKind.Info : NoteKind.Warning, "auth: " + outcome.Summary);
            await DrainAsync().ConfigureAwait(false);
            return outcome;
        }
        finally
        {
            _session.RemoveObserver(exchange);
        }
    }

    private IReadOnlyCollection<string> AdvertisedMechanisms() =>
        Snapshot.Capabilities
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("AUTH ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("AUTH=", StringComparison.OrdinalIgnoreCase))
            .SelectMany(line => line[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(word => word.ToUpperInvariant())
            .Distinct()
            .ToArray();

    private async Task<string?> SecretForAsync(SaslMechanism mechanism, string user, CancellationToken cancellationToken)
    {
        if (mechanism == SaslMechanism.XOAuth2)
            return await AskOrSay(new CredentialPrompt($"access token for {user}", IsSecret: true), "access token", cancellationToken).ConfigureAwait(false);
        var found = PasswordLookup.Find(_options.PasswordFile, Environment.GetEnvironmentVariable);
        if (found.Error is { } error)
        {
            Post(NoteKind.Error, $"auth: {error}");
            return null;
        }
        if (found.Password is { } password) return password;
        return await AskOrSay(new CredentialPrompt($"password for {user}", IsSecret: true), "password", cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> AskOrSay(CredentialPrompt prompt, string what, CancellationToken cancellationToken)
    {
        var answer = await AskAsync(prompt, cancellationToken).ConfigureAwait(false);
        // Someone asked who answered nothing (Esc, an empty line) needs no advice on where else a password can come from.
        if (answer is null) Post(NoteKind.Warning, AskForCredential is null
            ? $"auth: no {what} given: nothing was sent ({PasswordLookup.NoneAvailable})."
            : $"auth: no {what} given: nothing was sent.");
        return answer;
    }

    private async Task<string?> AskAsync(CredentialPrompt prompt, CancellationToken cancellationToken) =>
        AskForCredential is { } ask ? await ask(prompt, cancellationToken).ConfigureAwait(false) : null;

    /// <summary>What the current connection's TLS established (a scripted run's report); null in clear text.</summary>
    internal TlsSessionDescription? CurrentTls => _tls.Current;

    /// <summary>Why the last TLS handshake failed (a scripted run's report); null when none has.</summary>
    internal TlsFailure? LastTlsFailure => _tls.LastFailure;

    /// <summary>The last MX lookup of <c>open mx:</c>: a scripted run exits 5 or 6 by it when no host could be tried.</summary>
    internal MxLookupResult? LastMxLookup { get; private set; }

    /// <summary>True when the last connection ended because its TLS handshake failed (plain mode exits 29).</summary>
    public bool TlsFailed => _tls.LastFailure is not null && !_session.IsConnected;

    /// <inheritdoc />
    /// <remarks>A host written <c>mx:DOMAIN</c> connects to the domain's most preferred mail host that answers.</remarks>
    public Task<bool> OpenAsync(string host, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var tls = StartWithTls || ImplicitTls.Applies(TlsChoice.ByPort, port);
        return host.StartsWith("mx:", StringComparison.OrdinalIgnoreCase)
            ? OpenMxAsync(host[3..], port, tls, cancellationToken)
            : OpenAsync(host, port, tls, cancellationToken);
    }

    /// <summary>
    /// <c>open mx:DOMAIN</c>: looks up the domain's mail hosts and connects to the most preferred that answers (RFC 5321
    /// §5.1), saying which one and why, and why each one before it was passed over.
    /// </summary>
    public async Task<bool> OpenMxAsync(string domain, int port, bool tls, CancellationToken cancellationToken)
    {
        MxLookupExitCode = null;
        var result = await LookUpMxAsync(domain, cancellationToken).ConfigureAwait(false);
        if (result is null) return false;
        MxLookupExitCode = result.ExitCode;
        var plan = MxConnectPlanner.Plan(result, port);
        Post(plan.Candidates.Count == 0 ? NoteKind.Error : NoteKind.Info, plan.Opening());
        for (var i = 0; i < plan.Candidates.Count; i++)
        {
            var candidate = plan.Candidates[i];
            if (await OpenAsync(candidate.Address.ToString(), candidate.Port, tls, cancellationToken, serverName: candidate.HostName).ConfigureAwait(false))
                return true;
            if (cancellationToken.IsCancellationRequested) return false;
            Post(i + 1 < plan.Candidates.Count ? NoteKind.Warning : NoteKind.Error, plan.Fallback(i, "see above"));
        }
        await DrainAsync().ConfigureAwait(false);
        return false;
    }

    /// <summary>
    /// How the last <c>open mx:DOMAIN</c>'s lookup ended, as <c>telnetlite mx</c> exits: 0 when it found hosts to try, 5
    /// when DNS gave no usable answer, 6 when the domain has nowhere to deliver (NXDOMAIN, null MX); null before any.
    /// </summary>
    public ExitCode? MxLookupExitCode { get; private set; }

    /// <summary><c>mx DOMAIN</c>: the domain's mail hosts in preference order, one line each, and what the answer means.</summary>
    public async Task<IReadOnlyList<string>> DescribeMxAsync(string domain, CancellationToken cancellationToken)
    {
        var result = await new MxLookup(new MxLookupOptions(Settings.DnsServer)).LookupAsync(domain, cancellationToken).ConfigureAwait(false);
        return [.. MxLookupText.HostLines(result), .. MxLookupText.Explain(result)];
    }

    private async Task<MxLookupResult?> LookUpMxAsync(string domain, CancellationToken cancellationToken)
    {
        var resolver = Settings.DnsServer is { } server ? server.ToString() : "the system's resolver";
        Post(NoteKind.Info, $"Looking up the mail hosts of {domain} (MX, through {resolver})...");
        var result = await new MxLookup(new MxLookupOptions(Settings.DnsServer)).LookupAsync(domain, cancellationToken).ConfigureAwait(false);
        LastMxLookup = result;
        foreach (var line in MxLookupText.HostLines(result)) Post(NoteKind.Info, "  " + line);
        foreach (var line in MxLookupText.Explain(result)) Post(NoteKind.Info, line);
        return result;
    }

    /// <summary>Connects, with TLS from the first byte when <paramref name="tls"/> is true; failures are reported, not thrown.</summary>
    /// <param name="serverName">The name TLS sends and checks the certificate against when <paramref name="host"/> is an
    /// address standing for it (an MX host); the host itself when null.</param>
    /// <returns>True when the connection was made (a TLS handshake's outcome then follows as events).</returns>
    public async Task<bool> OpenAsync(string host, int port, bool tls, CancellationToken cancellationToken, string? serverName = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (serverName is null && host.StartsWith("mx:", StringComparison.OrdinalIgnoreCase))
            return await OpenMxAsync(host[3..], port, tls, cancellationToken).ConfigureAwait(false);
        _serverName = serverName ?? host;
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _connectAttempt = attempt;
        _state.BeginConnecting(_session.Now);
        ConnectFailure? failure;
        try
        {
            _tls.Reset();
            failure = await _session.ConnectAsync(
                new ConnectRequest(host, port, Settings.ConnectTimeout, _options.Family, _options.BindAddress),
                tls ? _tls.Implicit(_serverName, port) : null, attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // 'close' (or quit) while connecting.
            _state.Set(ConnectionState.NotConnected);
            Post(NoteKind.Info, $"Connecting to {host} cancelled.");
            await DrainAsync().ConfigureAwait(false);
            return false;
        }
        finally
        {
            _connectAttempt = null;
        }
        if (failure is null)
        {
            _state.Set(ConnectionState.Connected);
            return true;
        }
        _state.Set(ConnectionState.NotConnected);
        var diagnosis = ConnectFailureExplainer.Explain(failure.Kind, failure.Host, failure.Port);
        var lines = diagnosis.ToLines();
        _session.Post(new ConnectFailedEvent(_session.Now, failure.Host, failure.Port, failure.ClassicLine, diagnosis.Meaning, lines, failure.Detail));
        // "Connecting to HOST..." was said when the attempt began: the failure follows with the system's reason.
        Post(NoteKind.Error, $"Could not open connection to the host, on port {failure.Port}: Connect failed ({failure.Detail})");
        // The seed's five causes are an SMTP server's: port 1 is not one.
        if (MailPorts.Contains(failure.Port) || _assistant.Mode == AssistMode.On)
        {
            foreach (var line in lines) Post(NoteKind.Error, line);
        }
        await DrainAsync().ConfigureAwait(false);
        return false;
    }

    /// <summary>
    /// Before the log file changes, a prompt received without a line end yet goes to the file that was open when it
    /// arrived: it is delivered now, and waited for.
    /// </summary>
    internal void FlushPromptToLog()
    {
        if (!_session.FlushPartialLine() || _session.OnDispatcher) return;
        _session.DrainAsync().Wait(TimeSpan.FromSeconds(5));
    }

    /// <summary>Cancels a connect in progress; false when none is.</summary>
    internal bool CancelConnectAttempt()
    {
        if (_connectAttempt is not { } attempt) return false;
        attempt.Cancel();
        return true;
    }

    /// <summary>Closes the connection politely, if there is one.</summary>
    public Task CloseAsync() => _session.CloseAsync();

    /// <inheritdoc />
    public IReadOnlyList<AssistMessage> Lint(string line) => _assistant.Lint(line);

    /// <inheritdoc />
    /// <remarks>The assistant's credentials (AUTH), and the answer to a Telnet login's password prompt.</remarks>
    public bool IsSecret(string line) => _assistant.IsSecret(line) || _loginSecrets.NextLineIsSecret;

    /// <inheritdoc />
    public Task SendLineAsync(string line, CancellationToken cancellationToken) => SendTextAsync(line, tellIfNotSent: true, cancellationToken);

    /// <param name="tellIfNotSent">False for paced lines: the pacer's caller reports those, with the others left unsent.</param>
    private async Task<bool> SendTextAsync(string line, bool tellIfNotSent, CancellationToken cancellationToken)
    {
        if (!_session.IsConnected) return !tellIfNotSent ? false : NotSent(Encoding.UTF8.GetBytes(line));
        // Classic telnet sent raw backspaces to SMTP servers ("500 5.3.3 Unrecognized command"); we never do.
        var sanitized = OutgoingLineSanitizer.Sanitize(line);
        if (sanitized.Describe() is { } changed) Post(NoteKind.Warning, $"Before sending: {changed}.");
        return await SendCheckedAsync(Encoding.UTF8.GetBytes(sanitized.Text), sanitized.Text, tellIfNotSent, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends one line given as bytes, as read from a pipe: valid UTF-8 is treated exactly as typed text; anything else
    /// (a Latin-1 message body) goes byte for byte, with only control bytes removed, so no byte is replaced.
    /// </summary>
    public Task SendLineAsync(ReadOnlyMemory<byte> line, CancellationToken cancellationToken) => SendBytesAsync(line, tellIfNotSent: true, cancellationToken);

    private async Task<bool> SendBytesAsync(ReadOnlyMemory<byte> line, bool tellIfNotSent, CancellationToken cancellationToken)
    {
        if (System.Text.Unicode.Utf8.IsValid(line.Span))
            return await SendTextAsync(Encoding.UTF8.GetString(line.Span), tellIfNotSent, cancellationToken).ConfigureAwait(false);
        if (!_session.IsConnected) return !tellIfNotSent ? false : NotSent(line.Span);
        var kept = new List<byte>(line.Length);
        var removed = 0;
        foreach (var b in line.Span)
        {
            if ((b < 0x20 && b != 0x09) || b == 0x7F) removed++;
            else kept.Add(b);
        }
        if (removed > 0) Post(NoteKind.Warning, $"Before sending: removed {removed} control byte(s).");
        var bytes = kept.ToArray();
        return await SendCheckedAsync(bytes, Encoding.UTF8.GetString(bytes), tellIfNotSent, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<CommandOutcome> ExecuteCommandAsync(string commandLine, CancellationToken cancellationToken)
    {
        var outcome = await _commands.ExecuteAsync(commandLine, cancellationToken).ConfigureAwait(false);
        await DrainAsync().ConfigureAwait(false);
        RaiseStatus();
        return outcome;
    }

    /// <inheritdoc />
    public void SetWindowSize(int columns, int rows) => _session.SetWindowSize(columns, rows);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Pacer.Clear();
        await _session.DisposeAsync().ConfigureAwait(false);
        // The connection is closed and its last line (a prompt) delivered: the log has everything.
        _log.Dispose();
    }

    /// <summary>The pacer's way out: a line whose turn has come, sent as typed or piped.</summary>
    private Task<bool> SendPacedAsync(PacedLine line, CancellationToken cancellationToken) =>
        line.Bytes is { } bytes ? SendBytesAsync(bytes, tellIfNotSent: false, cancellationToken) : SendTextAsync(line.Text, tellIfNotSent: false, cancellationToken);

    /// <summary>Lints, marks secrets, sends, and waits until every subscriber (the assistant first) has seen the line.</summary>
    /// <returns>False when the connection was gone before the line could go (the person is told).</returns>
    private async Task<bool> SendCheckedAsync(byte[] bytes, string text, bool tellIfNotSent, CancellationToken cancellationToken, bool secret = false)
    {
        foreach (var warning in Lint(text)) _session.Post(new LintWarningEvent(_session.Now, warning));
        secret |= IsSecret(text);
        // Armed before the line goes, so the server's 220 cannot arrive first: TLS then starts at once.
        if (_assistant.Assistant.StartsTls(text) && (_serverName ?? _session.Host) is { } host) _tls.ArmStartTls(host, _session.Port);
        var written = await _session.SendLineAsync(bytes, Settings.Crlf ? "\r\n" : "\r", secret, cancellationToken).ConfigureAwait(false);
        if (!written && tellIfNotSent && !_session.IsConnected) NotSent(bytes);
        // The assistant must have seen this line before anyone asks it whether the next one may go.
        await DrainAsync().ConfigureAwait(false);
        return written;
    }

    private bool NotSent(ReadOnlySpan<byte> line)
    {
        Post(NoteKind.Warning, $"Not connected: '{ScreenText.OfLine(line)}' was not sent. Use 'open HOST PORT' (escape: {EscapeCharacterName}).");
        return false;
    }

    private string EscapeCharacterName => TelnetLite.Core.Commands.EscapeCharacter.Describe(Settings.EscapeCharacter);

    private static string Version =>
        typeof(SessionController).Assembly.GetName().Version?.ToString(3) ?? "0";

    private void Screen(string text) => _session.Post(new ScreenNoteEvent(_session.Now, ScreenNoteKind.Note, text));

    private void Post(NoteKind kind, string text) => _session.Post(new NoteEvent(_session.Now, kind, text));

    private void RaiseStatus() => StatusChanged?.Invoke();
}
