using System.Globalization;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Auth;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Mx;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Text;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Scripts;

/// <summary>Runs a parsed <see cref="SmtpScript"/> through a <see cref="SessionController"/> and judges the conversation.</summary>
/// <remarks>
/// <para>Lines go lock-step through the session's <see cref="LinePacer"/>, as plain mode sends piped input (a dropped
/// line is reported, not sent), and the runner then waits for the command's complete reply before the next step,
/// bounded by <see cref="SmtpScriptRunOptions.ReplyTimeout"/>. Message lines between the 354 and the lone "." have
/// no reply. The runner learns what happened from the session's typed events (the reply's annotation, the line as
/// it went out, the connect failure's diagnosis) and where the conversation stands from the assistant's snapshot.</para>
/// <para>The connection opens at the first step that needs it (a line to send, an <c>!expect</c>, <c>!starttls</c>,
/// <c>!auth</c>) or at an <c>!open</c> (<c>--tls</c> for TLS from the first byte, <c>mx:DOMAIN</c> for the domain's
/// most preferred mail host that answers); a host given in the options replaces every <c>!open</c> target. A script
/// with nothing to send still connects and checks the greeting. At the end the connection is closed if the server has
/// not closed it.</para>
/// <para>A <c>STARTTLS</c> line (or <c>!starttls</c>) waits for the reply and, at 220, for the handshake the session
/// does; a refusal or a failed handshake stops the script with exit 29 whatever its <c>!expect</c> lines say, so that
/// nothing meant for TLS (AUTH above all) goes out in clear. <c>!auth</c> runs the exchange through
/// <see cref="SessionController.AuthenticateAsync"/> with <see cref="SmtpScriptRunOptions.Password"/>; a refusal stops
/// the script with exit 28. A typed <c>AUTH</c> line is judged as a stage (28) like the others.</para>
/// <para>Exit codes: 1 for a script with errors, no server to talk to, or <c>!auth</c> with no password (nothing is
/// sent); otherwise the first of these in the order they happen: 2 could not connect, 3 connection lost or closed
/// before the script ended, 4 no reply in time, 5 or 6 an <c>!open mx:</c> whose lookup found no host to try, 28 a
/// failed <c>!auth</c>, 29 a failed STARTTLS or handshake, and the stage code (21 to 29) of the first failed
/// <c>!expect</c> when the script has any, else of
/// the first refused stage (a 4xx or 5xx reply; RCPT only when no recipient of its transaction was accepted). An
/// expectation on a reply to a command outside the stages (RSET, NOOP, VRFY...) takes the stage the conversation is
/// in; one with no reply before it, the greeting's (21). AUTH (28) and STARTTLS (29) are stages of their own but leave
/// the conversation in the stage it was in.</para>
/// <para>The controller must be fresh (not connected) and built with an <see cref="SmtpAssistant"/>; the runner turns
/// SMTP assistance on and local echo on, so every reply is annotated and every line sent appears in the transcript.
/// A runner runs one script once.</para>
/// </remarks>
public sealed class SmtpScriptRunner
{
    private readonly SessionController _controller;
    private readonly SmtpAssistant _assistant;
    private readonly SmtpScriptRunOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly List<ScriptRunStep> _steps = [];
    private readonly List<ScriptIncident> _incidents = [];
    private readonly HashSet<int> _groupsWithRecipient = [];
    private ScriptRunStep? _current;
    private ScriptRunStep? _lastReplyStep;
    private string? _connectMeaning;
    private SmtpScriptStage _stage = SmtpScriptStage.Greeting;
    private int _rcptGroup;
    private bool _everConnected;
    private volatile bool _aborted;
    private volatile bool _running;
    private bool _started;
    private string? _host;
    private int _port;
    private int? _authLine;
    private readonly List<ScriptRunStep> _authSteps = [];
    private TaskCompletionSource<bool>? _tlsOutcome;
    private SmtpScriptTlsReport? _tlsReport;
    private SmtpScriptAuthReport? _authReport;

    /// <summary>Prepares a run through <paramref name="controller"/>.</summary>
    /// <exception cref="ArgumentException">The controller's assistant is not an <see cref="SmtpAssistant"/>.</exception>
    public SmtpScriptRunner(SessionController controller, SmtpScriptRunOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(options);
        _assistant = controller.Assistant as SmtpAssistant
            ?? throw new ArgumentException("A scripted run needs a controller built with an SmtpAssistant.", nameof(controller));
        _controller = controller;
        _options = options;
        _time = time ?? TimeProvider.System;
        controller.Subscribe(new ScriptSessionWatcher(this));
    }

    /// <summary>
    /// What the runner has to say beside the transcript, one line at a time, without marker: the time a step took
    /// (<c>(12 ms)</c>), whether an expectation held, a line not sent, a timeout, and last the result
    /// (<c>result: exit 0: every expectation held</c>). Raised on the caller's thread, after the transcript entries
    /// it follows have been raised.
    /// </summary>
    public event Action<string>? Remark;

    /// <summary>Everything that stops a script from running, before anything is sent: its parse errors, and a line
    /// to send (or an <c>!expect</c>) with no server to talk to (no host in <paramref name="options"/> and no
    /// <c>!open</c> before it). Sorted by line.</summary>
    public static IReadOnlyList<SmtpScriptError> Check(SmtpScript script, SmtpScriptRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<SmtpScriptError>(script.Errors);
        if (options.Host is null)
        {
            var firstNeed = script.Steps.FirstOrDefault(step => step is OpenStep or OpenMxStep or SendLineStep or ExpectStep or StartTlsStep or AuthStep);
            if (firstNeed is null)
            {
                errors.Add(new SmtpScriptError(1, "no server to talk to: write !open HOST [PORT], or give the host on the command line (or --demo)"));
            }
            else if (firstNeed is not (OpenStep or OpenMxStep))
            {
                errors.Add(new SmtpScriptError(firstNeed.LineNumber, "no server to talk to yet: write !open HOST [PORT] before this line, or give the host on the command line (or --demo)"));
            }
        }

        return [.. errors.OrderBy(error => error.LineNumber)];
    }

    /// <summary>Why the script cannot authenticate, before anything is sent: it has <c>!auth</c> and
    /// <paramref name="options"/> carries no password. Null when it needs none or has one.</summary>
    public static SmtpScriptError? PasswordError(SmtpScript script, SmtpScriptRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Password is not null || script.Steps.OfType<AuthStep>().FirstOrDefault() is not { } auth) return null;
        return new SmtpScriptError(auth.LineNumber, $"!auth needs a password and none was found: {PasswordLookup.NoneAvailable}");
    }

    /// <summary>Runs the script and returns its report; a script that fails <see cref="Check"/> is not run (exit code 1).</summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    /// <exception cref="InvalidOperationException">The runner has already run.</exception>
    public async Task<SmtpScriptReport> RunAsync(SmtpScript script, CancellationToken cancellationToken)
    {
        var errors = Check(script, _options);
        if (errors.Count == 0 && PasswordError(script, _options) is { } noPassword) errors = [noPassword];
        if (errors.Count > 0)
            return new SmtpScriptReport(null, 0, ExitCode.BadInput, null, $"the script has {errors.Count} error(s); nothing was sent", [], errors);

        if (_started) throw new InvalidOperationException("A runner runs one script once.");
        _started = true;
        _controller.Settings.LocalEcho = true;
        _assistant.Mode = AssistMode.On;
        // The one secret was read before connecting; nobody is asked during the run.
        _controller.AskForCredential = (prompt, _) => Task.FromResult(prompt.IsSecret ? _options.Password : null);
        _running = true;
        try
        {
            await RunStepsAsync(script, cancellationToken).ConfigureAwait(false);
            if (!_aborted && !_everConnected) await ConnectAsync(null, cancellationToken).ConfigureAwait(false);
            if (IsConnected) await _controller.CloseAsync().ConfigureAwait(false);
            await _controller.DrainAsync().ConfigureAwait(false);
        }
        finally
        {
            _running = false;
        }

        return BuildReport(script.HasExpectations);
    }

    private async Task RunStepsAsync(SmtpScript script, CancellationToken cancellationToken)
    {
        foreach (var step in script.Steps)
        {
            if (_aborted) return;
            if (step is SendLineStep or ExpectStep or StartTlsStep or AuthStep && !_everConnected && !await ConnectAsync(null, cancellationToken).ConfigureAwait(false)) return;
            switch (step)
            {
                case OpenStep open:
                    await ConnectAsync(open, cancellationToken).ConfigureAwait(false);
                    break;
                case OpenMxStep openMx:
                    await ConnectAsync(openMx, cancellationToken).ConfigureAwait(false);
                    break;
                case SendLineStep send:
                    await SendAsync(send.LineNumber, send.Text, cancellationToken).ConfigureAwait(false);
                    break;
                case StartTlsStep startTls:
                    await SendAsync(startTls.LineNumber, "STARTTLS", cancellationToken).ConfigureAwait(false);
                    break;
                case AuthStep auth:
                    await AuthenticateAsync(auth, cancellationToken).ConfigureAwait(false);
                    break;
                case ExpectStep expect:
                    CheckExpectation(expect);
                    break;
                case SetLogFileStep log:
                    _controller.OpenLog(log.Path);
                    await _controller.DrainAsync().ConfigureAwait(false);
                    break;
                case SleepStep sleep:
                    await Task.Delay(sleep.Duration, _time, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private bool IsConnected => _controller.Status.State == ConnectionState.Connected;

    /// <summary>Connects as <paramref name="open"/> says (an <see cref="OpenStep"/>, an <see cref="OpenMxStep"/>, or null
    /// for the options' host), waits for the greeting (after the handshake, with TLS) and judges it.</summary>
    private async Task<bool> ConnectAsync(SmtpScriptStep? open, CancellationToken cancellationToken)
    {
        var (host, port, scriptTls) = open switch
        {
            _ when _options.Host is { } given => (given, _options.Port, TlsChoice.ByPort),
            OpenStep openHost => (openHost.Host, openHost.Port ?? 25, openHost.Tls),
            OpenMxStep openMx => ("mx:" + openMx.Domain, openMx.Port ?? 25, openMx.Tls),
            _ => throw new InvalidOperationException("Check() lets no script connect without a host."),
        };
        var tls = ImplicitTls.Applies(_options.Tls != TlsChoice.ByPort ? _options.Tls : scriptTls, port);
        var step = new ScriptRunStep(open?.LineNumber, null) { ExpectsReply = true, StartedAt = _time.GetTimestamp() };
        lock (_gate)
        {
            _steps.Add(step);
            _current = step;
            _stage = SmtpScriptStage.Greeting;
            _rcptGroup++;
            _host = host;
            _port = port;
        }

        _everConnected = true;
        var mxDomain = host.StartsWith("mx:", StringComparison.Ordinal) ? host[3..] : null;
        var opened = mxDomain is not null
            ? await _controller.OpenMxAsync(mxDomain, port, tls, cancellationToken).ConfigureAwait(false)
            : await _controller.OpenAsync(host, port, tls, cancellationToken).ConfigureAwait(false);

        if (!opened)
        {
            if (mxDomain is not null && _controller.LastMxLookup is { ExitCode: not ExitCode.Ok } lookup)
            {
                // No host to try at all: the lookup's own verdict (5 or 6), as 'telnetlite mx' gives it.
                var explained = MxLookupText.Explain(lookup);
                lock (_gate) step.Annotation.AddRange(explained);
                Abort(lookup.ExitCode, $"{host}: {(explained.Count > 0 ? explained[0] : "no mail host to connect to")}");
            }
            else
            {
                Abort(ExitCode.ConnectFailed, $"could not connect to {host} port {port}{ConnectDiagnosis()}");
            }
            return false;
        }

        if (mxDomain is not null && _controller.Status.Host is { } connectedTo)
        {
            lock (_gate) _host = connectedTo;
        }

        await AwaitReplyAsync(step, "the greeting", cancellationToken).ConfigureAwait(false);
        return !_aborted;
    }

    private async Task SendAsync(int lineNumber, string text, CancellationToken cancellationToken)
    {
        var send = new SendLineStep(lineNumber, text);
        var step = new ScriptRunStep(send.LineNumber, send.Text);
        lock (_gate)
        {
            _steps.Add(step);
            _current = step;
        }

        if (!IsConnected)
        {
            await NotSentAsync(step, "the connection is closed").ConfigureAwait(false);
            return;
        }

        // Read before sending, while nothing is outstanding: the server answers commands, not message or chunk lines.
        var expectsReply = _controller.Snapshot.ExpectsReplyTo(send.Text);
        // Armed before the line goes: the handshake follows the 220 at once, before this runner hears of the reply.
        var startsTls = _assistant.StartsTls(send.Text);
        lock (_gate)
        {
            step.ExpectsReply = expectsReply;
            step.StartedAt = _time.GetTimestamp();
            _tlsOutcome = startsTls ? new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously) : null;
        }

        var outcome = await _controller.Pacer.SendAsync(new PacedLine(send.Text), new PaceOptions(ReplyTimeout: _options.ReplyTimeout), cancellationToken)
            .ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        switch (outcome.Kind)
        {
            case PacedOutcomeKind.Dropped:
                lock (_gate) step.Dropped = outcome.Reason;
                Say($"not sent: {send.Text} ({outcome.Reason})");
                return;
            case PacedOutcomeKind.TimedOut:
                await TimedOutAsync($"line {send.LineNumber} waited for {outcome.Reason}").ConfigureAwait(false);
                return;
            case PacedOutcomeKind.NotConnected or PacedOutcomeKind.Cleared:
                await NotSentAsync(step, "the connection is closed").ConfigureAwait(false);
                return;
        }
        lock (_gate) step.Sent = true;
        if (!expectsReply)
        {
            lock (_gate) step.ElapsedMs = (long)_time.GetElapsedTime(step.StartedAt).TotalMilliseconds;
            return;
        }

        // After STARTTLS the step's time is told once the handshake is over: its lines come first, whatever the timing.
        await AwaitReplyAsync(step, $"line {send.LineNumber} ({send.Text})", cancellationToken, sayTime: !startsTls).ConfigureAwait(false);
        if (startsTls) await AwaitTlsAsync(step, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After STARTTLS: at 220 waits for the session's handshake; anything else, or a failed handshake, stops the script (29).</summary>
    private async Task AwaitTlsAsync(ScriptRunStep step, CancellationToken cancellationToken)
    {
        if (_aborted) return;
        SmtpReply? reply;
        TaskCompletionSource<bool> outcome;
        lock (_gate)
        {
            reply = step.Reply;
            outcome = _tlsOutcome!;
        }

        if (reply is null) return;
        if (reply.Code != 220)
        {
            SayTime(step);
            Say($"STARTTLS refused: {LastLine(reply)}; the script stops here so that nothing meant for TLS goes out in clear");
            Abort(ExitCode.TlsFailed, $"STARTTLS was refused: {LastLine(reply)}{OnLine(step)}", SmtpScriptStage.Tls);
            return;
        }

        bool started;
        try
        {
            var remaining = _options.ReplyTimeout - _time.GetElapsedTime(step.StartedAt);
            started = await outcome.Task.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            SayTime(step);
            Abort(ExitCode.TlsFailed, string.Create(CultureInfo.InvariantCulture,
                $"the TLS handshake after STARTTLS{OnLine(step)} did not finish within {_options.ReplyTimeout.TotalSeconds:0.#} s"), SmtpScriptStage.Tls);
            await _controller.CloseAsync().ConfigureAwait(false);
            return;
        }

        // The handshake's lines (certificate, protocol) reach the transcript before the next line goes.
        await _controller.DrainAsync().ConfigureAwait(false);
        SayTime(step);
        if (!started && !_aborted) Abort(ExitCode.TlsFailed, $"the connection closed during the TLS handshake after STARTTLS{OnLine(step)}", SmtpScriptStage.Tls);
    }

    /// <summary><c>!auth</c>: the exchange through the controller, each line it sends a step of its own; a failure stops the script (28).</summary>
    private async Task AuthenticateAsync(AuthStep auth, CancellationToken cancellationToken)
    {
        var name = SaslMechanisms.WireName(auth.Mechanism);
        if (!IsConnected)
        {
            var step = new ScriptRunStep(auth.LineNumber, $"AUTH {name}");
            lock (_gate) _steps.Add(step);
            await NotSentAsync(step, "the connection is closed").ConfigureAwait(false);
            return;
        }

        lock (_gate)
        {
            _authLine = auth.LineNumber;
            _authSteps.Clear();
        }

        var startedAt = _time.GetTimestamp();
        AuthOutcome? outcome;
        try
        {
            outcome = await _controller.AuthenticateAsync(auth.Mechanism, auth.User, cancellationToken).ConfigureAwait(false);
            await _controller.DrainAsync().ConfigureAwait(false);
        }
        finally
        {
            lock (_gate) _authLine = null;
        }

        ScriptRunStep[] exchanged;
        lock (_gate) exchanged = [.. _authSteps];
        foreach (var step in exchanged.Where(step => step.Reply is not null)) Judge(step);
        Say(string.Create(CultureInfo.InvariantCulture, $"({(long)_time.GetElapsedTime(startedAt).TotalMilliseconds} ms)"));

        var summary = outcome?.Summary ?? $"{name} authentication could not start (see the note above)";
        var result = outcome is null || outcome.Code == 0 ? "not finished" : outcome.Succeeded ? "succeeded" : "refused";
        lock (_gate) _authReport = new SmtpScriptAuthReport(name, auth.User, result, outcome?.Code ?? 0, summary);
        Say($"auth: {summary}");
        if (outcome is { Succeeded: true } || _aborted) return;
        Abort(ExitCode.AuthFailed, $"AUTH failed: {summary} (line {auth.LineNumber})", SmtpScriptStage.Auth);
    }

    /// <summary>Waits for the complete reply to <paramref name="step"/>, then judges its stage.</summary>
    private async Task AwaitReplyAsync(ScriptRunStep step, string what, CancellationToken cancellationToken, bool sayTime = true)
    {
        while (!HasReply(step) && IsConnected && (_controller.Snapshot.IsAwaitingReply || step.Line is null))
        {
            var remaining = _options.ReplyTimeout - _time.GetElapsedTime(step.StartedAt);
            if (remaining < TimeSpan.Zero)
            {
                await TimedOutAsync($"no reply to {what}").ConfigureAwait(false);
                return;
            }

            await _controller.Pacer.WaitUntilAsync(
                () => HasReply(step) || !IsConnected || !(_controller.Snapshot.IsAwaitingReply || step.Line is null),
                remaining, cancellationToken).ConfigureAwait(false);
        }

        // The assistant has the reply; its annotation reaches the transcript (and this runner) in the same dispatch.
        await _controller.DrainAsync().ConfigureAwait(false);
        long? elapsed;
        lock (_gate)
        {
            elapsed = step.RepliedAt is { } repliedAt ? (long)_time.GetElapsedTime(step.StartedAt, repliedAt).TotalMilliseconds : null;
            step.ElapsedMs = elapsed ?? (long)_time.GetElapsedTime(step.StartedAt).TotalMilliseconds;
        }

        if (elapsed is null)
        {
            if (!_aborted) Abort(ExitCode.ConnectionLost, $"the connection closed with no reply to {what}");
            return;
        }

        if (sayTime) SayTime(step);
        Judge(step);
    }

    private bool HasReply(ScriptRunStep step)
    {
        lock (_gate) return step.Reply is not null;
    }

    private void Judge(ScriptRunStep step)
    {
        lock (_gate)
        {
            var command = step.After == SmtpVerb.Bdat && step.Line is { } line ? SmtpCommandParser.Parse(line) : null;
            var stage = SmtpScriptStages.Of(step.After, command);
            step.Stage = stage ?? _stage;
            var accepted = !step.ReplyFailed;
            switch (step.After)
            {
                // Each of these starts a new transaction: its recipients are judged together.
                case SmtpVerb.Mail or SmtpVerb.Helo or SmtpVerb.Ehlo or SmtpVerb.Lhlo or SmtpVerb.Rset:
                    _rcptGroup++;
                    break;
                case SmtpVerb.Rcpt:
                    step.RcptGroup = _rcptGroup;
                    if (accepted) _groupsWithRecipient.Add(_rcptGroup);
                    break;
            }

            if (stage is not { } judged) return;
            // AUTH and TLS happen beside the mail transaction: a command after them is still in the stage before.
            if (judged is not (SmtpScriptStage.Auth or SmtpScriptStage.Tls)) _stage = judged;
            if (accepted) return;
            var reply = step.Reply!;
            var text = $"{SmtpScriptStages.Describe(judged)} failed: {LastLine(reply)}{OnLine(step)}";
            if (judged == SmtpScriptStage.Rcpt) text = $"no recipient was accepted: {LastLine(reply)}{OnLine(step)}";
            _incidents.Add(new ScriptIncident(ScriptIncidentKind.StageFailed, SmtpScriptStages.ExitCodeOf(judged), judged, text,
                judged == SmtpScriptStage.Rcpt ? step.RcptGroup : null));
        }
    }

    private void CheckExpectation(ExpectStep expect)
    {
        string remark;
        lock (_gate)
        {
            var step = _lastReplyStep;
            if (step?.Reply is not { } reply)
            {
                var alone = new ScriptRunStep(expect.LineNumber, null);
                alone.Expectations.Add((expect.Expectation.Text, false));
                _steps.Add(alone);
                remark = $"expect {expect.Expectation.Text}: FAILED: no reply has been received (line {expect.LineNumber})";
                _incidents.Add(new ScriptIncident(ScriptIncidentKind.ExpectationFailed, ExitCode.GreetingFailed, SmtpScriptStage.Greeting,
                    $"expect {expect.Expectation.Text} on line {expect.LineNumber} failed: no reply had been received"));
            }
            else
            {
                var holds = expect.Expectation.Matches(reply.Code, string.Join("\r\n", reply.Lines.Select(l => l.Raw)));
                step.Expectations.Add((expect.Expectation.Text, holds));
                remark = holds
                    ? $"expect {expect.Expectation.Text}: ok"
                    : $"expect {expect.Expectation.Text}: FAILED: the reply was {LastLine(reply)} (line {expect.LineNumber})";
                if (!holds)
                {
                    // A reply that came to no command of its own (unsolicited) was never judged: the conversation's stage holds.
                    var stage = step.Stage ?? _stage;
                    _incidents.Add(new ScriptIncident(ScriptIncidentKind.ExpectationFailed, SmtpScriptStages.ExitCodeOf(stage), stage,
                        $"{SmtpScriptStages.Describe(stage)} failed: expect {expect.Expectation.Text} on line {expect.LineNumber}, the reply was {LastLine(reply)}"));
                }
            }
        }

        Say(remark);
    }

    private async Task NotSentAsync(ScriptRunStep step, string why)
    {
        await _controller.DrainAsync().ConfigureAwait(false);
        lock (_gate) step.Dropped = why;
        Say($"not sent: {step.Line} ({why})");
        if (!_aborted) Abort(ExitCode.ConnectionLost, $"the connection closed before line {step.ScriptLine} was sent");
    }

    private async Task TimedOutAsync(string what)
    {
        Say(string.Create(CultureInfo.InvariantCulture, $"{what} within {_options.ReplyTimeout.TotalSeconds:0.#} s (--reply-timeout); closing"));
        Abort(ExitCode.ReplyTimeout, string.Create(CultureInfo.InvariantCulture, $"{what} within {_options.ReplyTimeout.TotalSeconds:0.#} s"));
        await _controller.CloseAsync().ConfigureAwait(false);
        await _controller.DrainAsync().ConfigureAwait(false);
    }

    private void Abort(ExitCode code, string text, SmtpScriptStage? stage = null)
    {
        lock (_gate)
        {
            _aborted = true;
            _incidents.Add(new ScriptIncident(ScriptIncidentKind.Aborted, code, stage, text));
        }
    }

    /// <summary>Runs on the dispatcher: files what the session reports under the current step.</summary>
    internal void OnSessionEvent(SessionEvent sessionEvent)
    {
        if (!_running) return;
        lock (_gate)
        {
            var step = _current;
            if (sessionEvent is ClosedEvent) _tlsOutcome?.TrySetResult(false);
            switch (sessionEvent)
            {
                case TlsStartedEvent started:
                    _tlsReport = new SmtpScriptTlsReport(started.Protocol, started.CipherSuite, _controller.CurrentTls?.Certificate?.Subject, started.Verified, null);
                    _tlsOutcome?.TrySetResult(true);
                    break;
                case TlsFailedEvent failed:
                    // Before the close it causes: the run stops for TLS (29), not for a lost connection (3).
                    _tlsReport = new SmtpScriptTlsReport(null, null, _controller.LastTlsFailure?.Description?.Certificate?.Subject, false, failed.Summary);
                    step?.Annotation.AddRange(failed.Lines);
                    if (!_aborted)
                    {
                        _aborted = true;
                        _incidents.Add(new ScriptIncident(ScriptIncidentKind.Aborted, ExitCode.TlsFailed, SmtpScriptStage.Tls, failed.Summary));
                    }
                    _tlsOutcome?.TrySetResult(false);
                    break;
                case ClosedEvent { Reason: CloseReason.Lost } when !_aborted:
                    _aborted = true;
                    _incidents.Add(new ScriptIncident(ScriptIncidentKind.Aborted, ExitCode.ConnectionLost, null, "the connection was lost"));
                    break;
                case LineSentEvent sent when _authLine is { } authLine:
                    // Each line of an AUTH exchange is a step of its own, its credentials redacted as the log has them.
                    var exchanged = new ScriptRunStep(authLine, sent.Secret ? SessionLog.Redact(sent.Line.Span) : ScreenText.OfLine(sent.Line.Span))
                    {
                        ExpectsReply = true,
                        Sent = true,
                        StartedAt = _time.GetTimestamp(),
                    };
                    _steps.Add(exchanged);
                    _authSteps.Add(exchanged);
                    _current = exchanged;
                    break;
                case ConnectFailedEvent failed when step is not null:
                    // The classic line and the diagnosis: the report's only explanation of exit 2.
                    step.Annotation.Add(failed.ClassicLine);
                    step.Annotation.AddRange(failed.Diagnosis);
                    _connectMeaning = failed.Meaning;
                    break;
                case LineSentEvent sent when step?.Line is not null:
                    // What actually went out: sanitised, and redacted for an AUTH answer.
                    step.Line = sent.Secret ? SessionLog.Redact(sent.Line.Span) : ScreenText.OfLine(sent.Line.Span);
                    break;
                case ReplyAnnotatedEvent annotated when step is not null:
                    step.Reply = annotated.Annotation.Reply;
                    step.After = annotated.Annotation.After;
                    step.Annotation.Clear();
                    step.Annotation.AddRange(annotated.Message.Lines);
                    step.RepliedAt = _time.GetTimestamp();
                    if (_authLine is not null) step.ElapsedMs = (long)_time.GetElapsedTime(step.StartedAt, step.RepliedAt.Value).TotalMilliseconds;
                    _lastReplyStep = step;
                    break;
                case ReplyFlawsEvent flaws when step is not null:
                    step.Annotation.AddRange(flaws.Message.Lines);
                    break;
                case LintWarningEvent warning when step is not null:
                    step.Warnings.AddRange(warning.Message.Lines);
                    break;
            }
        }
    }

    private SmtpScriptReport BuildReport(bool hasExpectations)
    {
        SmtpScriptReport report;
        lock (_gate)
        {
            var (code, stage, summary) = ScriptVerdict.Decide(hasExpectations, _incidents, _groupsWithRecipient);
            report = new SmtpScriptReport(_host, _port, code, stage, summary, [.. _steps.Select(s => s.ToReport())], [])
            {
                Tls = _tlsReport,
                Auth = _authReport,
            };
        }

        Say(string.Create(CultureInfo.InvariantCulture, $"result: exit {(int)report.ExitCode}: {report.Summary}"));
        return report;
    }

    private void Say(string text) => Remark?.Invoke(text);

    private void SayTime(ScriptRunStep step)
    {
        long elapsed;
        lock (_gate) elapsed = step.ElapsedMs;
        Say(string.Create(CultureInfo.InvariantCulture, $"({elapsed} ms)"));
    }

    /// <summary>What happened, for the summary: <c>": no service is listening..."</c>, or nothing.</summary>
    private string ConnectDiagnosis()
    {
        lock (_gate) return _connectMeaning is { } meaning ? ": " + meaning : "";
    }

    private static string LastLine(SmtpReply reply) => reply.Lines.Count == 0 ? reply.Code.ToString(CultureInfo.InvariantCulture) : reply.Lines[^1].Raw;

    private static string OnLine(ScriptRunStep step) => step.ScriptLine is { } line ? $" (line {line})" : "";
}
