using System.Globalization;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Scripts;

/// <summary>Runs a parsed <see cref="SmtpScript"/> through a <see cref="SessionController"/> and judges the conversation.</summary>
/// <remarks>
/// <para>Lines go lock-step through the session's <see cref="LinePacer"/>, as plain mode sends piped input (a dropped
/// line is reported, not sent), and the runner then waits for the command's complete reply before the next step,
/// bounded by <see cref="SmtpScriptRunOptions.ReplyTimeout"/>. Message lines between the 354 and the lone "." have
/// no reply. The runner learns what happened from the session's typed events (the reply's annotation, the line as
/// it went out, the connect failure's diagnosis) and where the conversation stands from the assistant's snapshot.</para>
/// <para>The connection opens at the first step that needs it (a line to send, an <c>!expect</c>) or at an
/// <c>!open</c>; a host given in the options replaces every <c>!open</c> target. A script with nothing to send still
/// connects and checks the greeting. At the end the connection is closed if the server has not closed it.</para>
/// <para>Exit codes: 1 for a script with errors or no server to talk to (nothing is sent); otherwise the first of
/// these in the order they happen: 2 could not connect, 3 connection lost or closed before the script ended, 4 no
/// reply in time, and the stage code (21 to 27) of the first failed <c>!expect</c> when the script has any, else of
/// the first refused stage (a 4xx or 5xx reply; RCPT only when no recipient of its transaction was accepted). An
/// expectation on a reply to a command outside the stages (RSET, NOOP, AUTH...) takes the stage the conversation is
/// in; one with no reply before it, the greeting's (21).</para>
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
            var firstNeed = script.Steps.FirstOrDefault(step => step is OpenStep or SendLineStep or ExpectStep);
            if (firstNeed is null)
            {
                errors.Add(new SmtpScriptError(1, "no server to talk to: write !open HOST [PORT], or give the host on the command line (or --demo)"));
            }
            else if (firstNeed is not OpenStep)
            {
                errors.Add(new SmtpScriptError(firstNeed.LineNumber, "no server to talk to yet: write !open HOST [PORT] before this line, or give the host on the command line (or --demo)"));
            }
        }

        return [.. errors.OrderBy(error => error.LineNumber)];
    }

    /// <summary>Runs the script and returns its report; a script that fails <see cref="Check"/> is not run (exit code 1).</summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    /// <exception cref="InvalidOperationException">The runner has already run.</exception>
    public async Task<SmtpScriptReport> RunAsync(SmtpScript script, CancellationToken cancellationToken)
    {
        var errors = Check(script, _options);
        if (errors.Count > 0)
            return new SmtpScriptReport(null, 0, ExitCode.BadInput, null, $"the script has {errors.Count} error(s); nothing was sent", [], errors);

        if (_started) throw new InvalidOperationException("A runner runs one script once.");
        _started = true;
        _controller.Settings.LocalEcho = true;
        _assistant.Mode = AssistMode.On;
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
            if (step is SendLineStep or ExpectStep && !_everConnected && !await ConnectAsync(null, cancellationToken).ConfigureAwait(false)) return;
            switch (step)
            {
                case OpenStep open:
                    await ConnectAsync(open, cancellationToken).ConfigureAwait(false);
                    break;
                case SendLineStep send:
                    await SendAsync(send, cancellationToken).ConfigureAwait(false);
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

    private async Task<bool> ConnectAsync(OpenStep? open, CancellationToken cancellationToken)
    {
        var host = _options.Host ?? open!.Host;
        var port = _options.Host is not null ? _options.Port : open!.Port ?? 25;
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
        var opened = await _controller.OpenAsync(host, port, cancellationToken).ConfigureAwait(false);

        if (!opened)
        {
            Abort(ExitCode.ConnectFailed, $"could not connect to {host} port {port}{ConnectDiagnosis()}");
            return false;
        }

        await AwaitReplyAsync(step, "the greeting", cancellationToken).ConfigureAwait(false);
        return !_aborted;
    }

    private async Task SendAsync(SendLineStep send, CancellationToken cancellationToken)
    {
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
        lock (_gate)
        {
            step.ExpectsReply = expectsReply;
            step.StartedAt = _time.GetTimestamp();
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

        await AwaitReplyAsync(step, $"line {send.LineNumber} ({send.Text})", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the complete reply to <paramref name="step"/>, then judges its stage.</summary>
    private async Task AwaitReplyAsync(ScriptRunStep step, string what, CancellationToken cancellationToken)
    {
        while (!HasReply(step) && IsConnected && (_controller.Snapshot.IsAwaitingReply || step.Line is null))
        {
            var remaining = _options.ReplyTimeout - _time.GetElapsedTime(step.StartedAt);
            if (remaining < TimeSpan.Zero)
            {
                await TimedOutAsync($"no reply to {what}").ConfigureAwait(false);
                return;
            }

            await _controller.Pacer.WaitForChangeAsync(remaining, cancellationToken).ConfigureAwait(false);
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

        Say(string.Create(CultureInfo.InvariantCulture, $"({elapsed} ms)"));
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
            _stage = judged;
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

    private void Abort(ExitCode code, string text)
    {
        lock (_gate)
        {
            _aborted = true;
            _incidents.Add(new ScriptIncident(ScriptIncidentKind.Aborted, code, null, text));
        }
    }

    /// <summary>Runs on the dispatcher: files what the session reports under the current step.</summary>
    internal void OnSessionEvent(SessionEvent sessionEvent)
    {
        if (!_running) return;
        lock (_gate)
        {
            var step = _current;
            switch (sessionEvent)
            {
                case ClosedEvent { Reason: CloseReason.Lost } when !_aborted:
                    _aborted = true;
                    _incidents.Add(new ScriptIncident(ScriptIncidentKind.Aborted, ExitCode.ConnectionLost, null, "the connection was lost"));
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
            report = new SmtpScriptReport(_host, _port, code, stage, summary, [.. _steps.Select(s => s.ToReport())], []);
        }

        Say(string.Create(CultureInfo.InvariantCulture, $"result: exit {(int)report.ExitCode}: {report.Summary}"));
        return report;
    }

    private void Say(string text) => Remark?.Invoke(text);

    /// <summary>What happened, for the summary: <c>": no service is listening..."</c>, or nothing.</summary>
    private string ConnectDiagnosis()
    {
        lock (_gate) return _connectMeaning is { } meaning ? ": " + meaning : "";
    }

    private static string LastLine(SmtpReply reply) => reply.Lines.Count == 0 ? reply.Code.ToString(CultureInfo.InvariantCulture) : reply.Lines[^1].Raw;

    private static string OnLine(ScriptRunStep step) => step.ScriptLine is { } line ? $" (line {line})" : "";
}
