using TelnetLite.Cli;
using TelnetLite.Core;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;

namespace TelnetLite.Plain;

/// <summary>
/// Line mode on standard input and output, for pipes, scripts and terminals without the full-screen UI.
/// Never starts Terminal.Gui: it would open the terminal even with output redirected.
/// </summary>
/// <remarks>
/// Piped lines go through the session's pacer, lock-step with the server's replies; to a server that echoes (a Telnet
/// login, a shell) each waits for the server's turn to end, as a person waits for the prompt, so a password goes after
/// its <c>Password:</c> prompt and is recognised as one. Typed lines go at once, as in telnet, except in an SMTP session:
/// there a line typed (or pasted) while a reply is awaited waits for it, as in the full-screen UI. Standard output
/// carries the conversation; TelnetLite's own notes go to standard error.
/// </remarks>
internal sealed class PlainMode
{
    private readonly SessionController _controller;
    private readonly StartOptions _options;
    private readonly PlainOutput _output;
    private readonly ServerTurnWatcher _turns = new();
    private readonly object _consoleLock = new();
    private readonly bool _inputIsTerminal = !Console.IsInputRedirected;
    private bool _commandMode;
    private volatile bool _masking;
    private StdinLineReader? _input;

    public PlainMode(SessionController controller, StartOptions options)
    {
        _controller = controller;
        _options = options;
        _output = new PlainOutput(Console.OpenStandardOutput(), options.RawOutput, _consoleLock);
        _controller.Subscribe(_output);
        _controller.Subscribe(_turns);
        // Plain mode writes received text itself, as it arrives: the transcript only brings the rest.
        _controller.TranscriptIncludesReceivedLines = false;
        _controller.TranscriptAppended += Show;
    }

    private LinePacer Pacer => _controller.Pacer;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Ctrl+C read as a key (the key reader owns the terminal) interrupts like the signal does.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        return await RunAsync(interrupt, interrupt.Token).ConfigureAwait(false);
    }

    private async Task<int> RunAsync(CancellationTokenSource interrupt, CancellationToken cancellationToken)
    {
        var input = _inputIsTerminal
            ? StdinLineReader.StartTerminal(() => _controller.EscapeCharacter, () => !_masking && (_commandMode || _controller.Settings.LocalEcho), interrupt.Cancel, _consoleLock)
            : StdinLineReader.Start(Console.OpenStandardInput());
        _input = input;
        // Piped input is never taken for a credential (it would eat a command): with nobody to ask, auth says where else a password can come from.
        if (_inputIsTerminal) _controller.AskForCredential = AskForCredentialAsync;
        if (_options.Target is { } target)
        {
            if (!await _controller.OpenAsync(target.Host!, target.EffectivePort, target.UsesTls, cancellationToken).ConfigureAwait(false))
            {
                await _controller.DrainAsync().ConfigureAwait(false);
                // mx:DOMAIN whose lookup found nowhere to connect exits as 'telnetlite mx' does (5, 6): no host was tried.
                return _controller.MxLookupExitCode is { } lookup && lookup != ExitCode.Ok ? (int)lookup : (int)ExitCode.ConnectFailed;
            }
        }
        else
        {
            _commandMode = true;
            await _controller.ShowWelcomeAsync().ConfigureAwait(false);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (_commandMode)
            {
                var exit = await RunCommandLineAsync(input, cancellationToken).ConfigureAwait(false);
                if (exit is { } code) return code;
                continue;
            }
            var sessionExit = await RunSessionLineAsync(input, cancellationToken).ConfigureAwait(false);
            if (sessionExit is { } sessionCode) return sessionCode;
        }
        return (int)ExitCode.Ok;
    }

    /// <summary>One line at the <c>telnetlite&gt;</c> prompt; returns an exit code when TelnetLite should end.</summary>
    private async Task<int?> RunCommandLineAsync(StdinLineReader input, CancellationToken cancellationToken)
    {
        Prompt("telnetlite> ");
        var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (line is null)
        {
            await _controller.CloseAsync().ConfigureAwait(false);
            return (int)ExitCode.Ok;
        }
        return await RunCommandAsync(line.Text, input, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int?> RunCommandAsync(string line, StdinLineReader input, CancellationToken cancellationToken)
    {
        var outcome = await _controller.ExecuteCommandAsync(line, cancellationToken).ConfigureAwait(false);
        switch (outcome.FollowUp)
        {
            case CommandFollowUp.Quit:
                await _controller.CloseAsync().ConfigureAwait(false);
                return (int)ExitCode.Ok;
            case CommandFollowUp.AskForHost:
                // Classic telnet's "(to) " prompt reads the next line, typed or piped.
                Prompt("(to) ");
                var host = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (host is null) return (int)ExitCode.Ok;
                if (host.Text.Trim().Length > 0) return await RunCommandAsync("open " + host.Text, input, cancellationToken).ConfigureAwait(false);
                break;
            case CommandFollowUp.AskForLogFile:
                // Piped input gets the usage only: taking the next piped line as a file name would eat a command.
                if (!_inputIsTerminal) break;
                Prompt("(log file) ");
                var path = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (path is null) return (int)ExitCode.Ok;
                if (path.Text.Trim().Length > 0) await _controller.ExecuteCommandAsync("set logfile " + path.Text, cancellationToken).ConfigureAwait(false);
                break;
            case CommandFollowUp.SaveTranscript:
                Note("save: plain mode keeps no transcript; use -f FILE or 'set logfile FILE' to record the session.");
                break;
            case CommandFollowUp.ReturnToSession:
                _commandMode = false;
                break;
        }
        // An empty command line, or a successful open, returns to the session as in Windows telnet.
        if (_controller.Status.State == ConnectionState.Connected && (outcome.FollowUp == CommandFollowUp.ReturnToSession || line.Trim().Length == 0))
        {
            _commandMode = false;
        }
        return null;
    }

    /// <summary>One line of the session; returns an exit code when TelnetLite should end.</summary>
    private async Task<int?> RunSessionLineAsync(StdinLineReader input, CancellationToken cancellationToken)
    {
        if (_controller.Status.State != ConnectionState.Connected) return await EndedByServerAsync(input).ConfigureAwait(false);

        if (!await WaitForLineOrCloseAsync(input, cancellationToken).ConfigureAwait(false))
        {
            if (_controller.Status.State != ConnectionState.Connected) return await EndedByServerAsync(input).ConfigureAwait(false);
            return await FinishAtEndOfInputAsync(input, cancellationToken).ConfigureAwait(false);
        }
        var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (line is null) return await FinishAtEndOfInputAsync(input, cancellationToken).ConfigureAwait(false);

        var text = line.Text;
        if (text.Length > 0 && text[0] == _controller.EscapeCharacter)
        {
            // Piped, a command takes its turn like any line: the replies to what was sent before it come first.
            if (!_inputIsTerminal && !await Pacer.WaitForRepliesAsync(_options.ReplyTimeout, cancellationToken).ConfigureAwait(false))
            {
                return await ReplyTimedOutAsync(input, line).ConfigureAwait(false);
            }
            await _controller.DrainAsync().ConfigureAwait(false);
            var command = text[1..];
            if (command.Trim().Length == 0)
            {
                _commandMode = true;
                return null;
            }
            return await RunCommandAsync(command, input, cancellationToken).ConfigureAwait(false);
        }

        if (_inputIsTerminal)
        {
            await SendTypedLineAsync(line, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (_turns.ServerEchoes && _controller.Snapshot.Recognition == AssistRecognition.None)
        {
            // A login or a shell: the next line goes once the server has answered the last one and gone quiet.
            await _turns.WaitForTurnAsync(_options.IdleExit, cancellationToken).ConfigureAwait(false);
        }
        var options = new PaceOptions(_options.Pipeline, _options.ReplyTimeout, GreetingQuiet: _options.IdleExit);
        var outcome = await Pacer.SendAsync(PacedLine.FromBytes(line.Bytes), options, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        switch (outcome.Kind)
        {
            case PacedOutcomeKind.Dropped:
                Note($"not sent: {text} ({outcome.Reason})");
                break;
            case PacedOutcomeKind.TimedOut:
                return await ReplyTimedOutAsync(input, line).ConfigureAwait(false);
            case PacedOutcomeKind.NotConnected or PacedOutcomeKind.Cleared:
                return await EndedByServerAsync(input, [line]).ConfigureAwait(false);
        }
        return null;
    }

    /// <summary>
    /// A line typed at a terminal: at once, as in telnet, the person seeing the replies; in an SMTP session a line
    /// entered while a reply is awaited (typed ahead, or pasted without bracketed paste) waits for that reply instead
    /// of overtaking it, except where the server offers PIPELINING and the command may be grouped.
    /// </summary>
    private async Task SendTypedLineAsync(InputLine line, CancellationToken cancellationToken)
    {
        if (_controller.Snapshot.Recognition == AssistRecognition.None && Pacer.Count == 0)
        {
            await _controller.SendLineAsync(line.Bytes, cancellationToken).ConfigureAwait(false);
            return;
        }
        var sending = Pacer.SendAsync(PacedLine.FromBytes(line.Bytes), new PaceOptions(Pipelining: true, _options.ReplyTimeout), cancellationToken);
        // A line that may go was taken off the queue before SendAsync returned: one still there waits.
        if (Pacer.Count > 0 && _controller.Snapshot.AwaitedReplyTo is { } awaited) Note($"(queued until the reply to {awaited})");
        var outcome = await sending.ConfigureAwait(false);
        if (outcome.Kind is PacedOutcomeKind.Dropped or PacedOutcomeKind.TimedOut)
            Note($"not sent: {(outcome.WasSecret || _controller.IsSecret(line.Text) ? "********" : line.Text)} ({outcome.Reason})");
    }

    /// <summary>
    /// At the end of input: wait for an awaited reply (bounded by --reply-timeout), then until the server has been
    /// quiet for --idle-exit or closes; then close politely.
    /// </summary>
    private async Task<int> FinishAtEndOfInputAsync(StdinLineReader input, CancellationToken cancellationToken)
    {
        if (!await Pacer.WaitForRepliesAsync(_options.ReplyTimeout, cancellationToken).ConfigureAwait(false))
        {
            return await ReplyTimedOutAsync(input).ConfigureAwait(false);
        }
        while (Pacer.QuietFor < _options.IdleExit)
        {
            var remaining = _options.IdleExit - Pacer.QuietFor;
            var closed = await Pacer.WaitUntilAsync(() => _controller.Status.State != ConnectionState.Connected,
                remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(10), cancellationToken).ConfigureAwait(false);
            if (closed) break;
        }
        if (_controller.Status.State != ConnectionState.Connected)
        {
            await _controller.DrainAsync().ConfigureAwait(false);
            return ExitCodeOfClose();
        }
        await _controller.CloseAsync().ConfigureAwait(false);
        return (int)ExitCode.Ok;
    }

    /// <summary>Waits for an input line or the end of the connection, whichever comes first; false when no line is coming.</summary>
    /// <remarks>
    /// The server may close while the person has not typed anything, or a pipe stays open and idle (<c>tail -f</c>):
    /// TelnetLite then ends as telnet does, at "Connection closed by foreign host.", without waiting for input.
    /// </remarks>
    private async Task<bool> WaitForLineOrCloseAsync(StdinLineReader input, CancellationToken cancellationToken)
    {
        if (_controller.Status.State != ConnectionState.Connected) return false;
        var ready = input.WaitToReadAsync(cancellationToken).AsTask();
        var first = await Task.WhenAny(ready, _output.Closed).ConfigureAwait(false);
        return first == ready && await ready.ConfigureAwait(false);
    }

    private async Task<int> EndedByServerAsync(StdinLineReader input, IReadOnlyList<InputLine>? pending = null)
    {
        // The pacer may learn that the connection is gone a moment before its ClosedEvent is delivered: wait for it,
        // so the exit code and the order of the last notes are those of the close.
        await Task.WhenAny(_output.Closed, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        await _controller.DrainAsync().ConfigureAwait(false);
        ReportUnsent(input, pending, "the connection ended");
        return ExitCodeOfClose();
    }

    private int ExitCodeOfClose() =>
        _controller.TlsFailed ? (int)ExitCode.TlsFailed
        : Pacer.LastClose == CloseReason.Lost ? (int)ExitCode.ConnectionLost
        : (int)ExitCode.Ok;

    private async Task<int> ReplyTimedOutAsync(StdinLineReader input, InputLine? pending = null)
    {
        Note($"No reply within {_options.ReplyTimeout.TotalSeconds:0.#} s (--reply-timeout); closing.");
        await _controller.CloseAsync().ConfigureAwait(false);
        ReportUnsent(input, pending is null ? null : [pending], "no reply came");
        return (int)ExitCode.ReplyTimeout;
    }

    /// <summary>Names every input line that never went out, so nothing is lost without a word.</summary>
    private void ReportUnsent(StdinLineReader input, IReadOnlyList<InputLine>? pending, string why)
    {
        // Commands for TelnetLite itself (escape lines) were not meant for the server: only lines for it count.
        var unsent = (pending ?? []).Concat(input.TakeBuffered())
            .Select(line => line.Text)
            .Where(text => text.Length == 0 || text[0] != _controller.EscapeCharacter)
            .ToList();
        if (unsent.Count == 0) return;
        Note($"{unsent.Count} input line(s) not sent because {why}:");
        foreach (var line in unsent) Note("  " + line);
    }

    private void Show(IReadOnlyList<TranscriptEntry> entries)
    {
        lock (_consoleLock)
        {
            foreach (var entry in entries)
            {
                switch (entry.Kind)
                {
                    case TranscriptKind.Received:
                        break; // written as it arrives by the output
                    case TranscriptKind.Command when _inputIsTerminal && entry.Text.StartsWith(SessionController.CommandPrompt, StringComparison.Ordinal):
                        break; // the command was just typed at the prompt
                    case TranscriptKind.Sent:
                        // A terminal already shows what was typed (local echo); piped lines are shown as they go out.
                        if (_inputIsTerminal || _options.RawOutput) break;
                        _output.EnsureLineStart();
                        Console.Out.WriteLine(entry.Text);
                        break;
                    case TranscriptKind.Annotation:
                        if (!_options.Annotate) break;
                        _output.EnsureLineStart();
                        Console.Out.WriteLine("# " + entry.Text);
                        break;
                    case TranscriptKind.Warning when entry.Assist is not null:
                        if (!_options.Annotate)
                        {
                            Console.Error.WriteLine(entry.Text);
                            break;
                        }
                        _output.EnsureLineStart();
                        Console.Out.WriteLine("# " + entry.Text);
                        break;
                    default:
                        Console.Error.WriteLine(entry.Text);
                        break;
                }
            }
            Console.Out.Flush();
        }
    }

    /// <summary>
    /// What <c>auth</c> needs, asked on the terminal: the next line typed, not echoed for a password. Piped input is
    /// never taken for a credential (it would eat a command): the password then comes from --password-file or
    /// TELNETLITE_PASSWORD, and the user name from the auth line itself.
    /// </summary>
    private async Task<string?> AskForCredentialAsync(CredentialPrompt prompt, CancellationToken cancellationToken)
    {
        if (!_inputIsTerminal || _input is null) return null;
        _masking = prompt.IsSecret;
        try
        {
            Prompt($"({prompt.Label}) ");
            var line = await _input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            return line?.Text;
        }
        finally
        {
            _masking = false;
        }
    }

    private void Prompt(string prompt)
    {
        if (!_inputIsTerminal) return;
        lock (_consoleLock)
        {
            Console.Error.Write(prompt);
            Console.Error.Flush();
        }
    }

    private void Note(string text)
    {
        lock (_consoleLock) Console.Error.WriteLine(text);
    }
}
