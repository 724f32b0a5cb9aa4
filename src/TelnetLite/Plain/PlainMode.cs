using TelnetLite.Cli;
using TelnetLite.Core;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;

namespace TelnetLite.Plain;

/// <summary>
/// Line mode on standard input and output, for pipes, scripts and terminals without the full-screen UI.
/// Never starts Terminal.Gui: it would open the terminal even with output redirected.
/// </summary>
internal sealed class PlainMode
{
    private readonly SessionController _controller;
    private readonly StartOptions _options;
    private readonly PlainSessionWatcher _watcher;
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly object _consoleLock = new();
    private readonly bool _inputIsTerminal = !Console.IsInputRedirected;
    private readonly SemaphoreSlim _changed = new(0);
    private bool _commandMode;

    public PlainMode(SessionController controller, StartOptions options)
    {
        _controller = controller;
        _options = options;
        var stdout = Console.OpenStandardOutput();
        _watcher = new PlainSessionWatcher(stdout, Console.Out, options.RawOutput, _consoleLock, _time);
        _watcher.Changed += Pulse;
        _controller.AddFrontObserver(_watcher);
        _controller.TranscriptAppended += Show;
        _controller.StatusChanged += Pulse;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Ctrl+C read as a key (the key reader owns the terminal) interrupts like the signal does.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        return await RunAsync(interrupt, interrupt.Token).ConfigureAwait(false);
    }

    private async Task<int> RunAsync(CancellationTokenSource interrupt, CancellationToken cancellationToken)
    {
        var input = _inputIsTerminal
            ? StdinLineReader.StartTerminal(() => _controller.EscapeCharacter, () => _commandMode || _controller.Settings.LocalEcho, interrupt.Cancel, _consoleLock)
            : StdinLineReader.Start(Console.OpenStandardInput());
        if (_options.Target is { } target)
        {
            if (!await _controller.OpenAsync(target.Host!, target.EffectivePort, cancellationToken).ConfigureAwait(false))
            {
                await _controller.DrainAsync().ConfigureAwait(false);
                return (int)ExitCode.ConnectFailed;
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
        if (_controller.Status.State != ConnectionState.Connected) return EndedByServer(input);

        var next = await WaitForLineOrCloseAsync(input, cancellationToken).ConfigureAwait(false);
        if (next is null)
        {
            if (_controller.Status.State != ConnectionState.Connected) return EndedByServer(input);
            return await FinishAtEndOfInputAsync(input, cancellationToken).ConfigureAwait(false);
        }
        var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (line is null) return await FinishAtEndOfInputAsync(input, cancellationToken).ConfigureAwait(false);

        if (!_inputIsTerminal && !_watcher.SentAny && await WaitForGreetingAsync(input, line, cancellationToken).ConfigureAwait(false) is { } greetingTimedOut)
        {
            return greetingTimedOut;
        }

        var text = line.Text;
        if (text.Length > 0 && text[0] == _controller.EscapeCharacter)
        {
            // Piped, a command takes its turn like any line: the replies to what was sent before it come first.
            if (!_inputIsTerminal && await WaitForRepliesAsync(input, line, cancellationToken).ConfigureAwait(false) is { } timedOut) return timedOut;
            var command = text[1..];
            if (command.Trim().Length == 0)
            {
                _commandMode = true;
                return null;
            }
            return await RunCommandAsync(command, input, cancellationToken).ConfigureAwait(false);
        }

        if (!_inputIsTerminal && _controller.Assistant.Recognition != AssistRecognition.None)
        {
            var (decision, paceTimedOut) = await PaceAsync(input, line, cancellationToken).ConfigureAwait(false);
            if (paceTimedOut is { } code) return code;
            if (_controller.Status.State != ConnectionState.Connected) return EndedByServer(input, [line]);
            // The assistant's Drop is final: asking again about the same line would answer differently.
            if (decision?.Verdict == PacingVerdict.Drop)
            {
                Note($"not sent: {text} ({decision.Reason})");
                return null;
            }
        }
        await _controller.SendLineAsync(line.Bytes, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Before the first piped line: a server that speaks first (SMTP, POP3, FTP) is given the time to finish its
    /// greeting, multi-line (<c>220-</c>) and split packets included, so the line does not race it. One that never
    /// speaks (HTTP) costs only --idle-exit.
    /// </summary>
    private async Task<int?> WaitForGreetingAsync(StdinLineReader input, InputLine line, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        while (_controller.Status.State == ConnectionState.Connected)
        {
            if (_watcher.ReceivedAny && !_watcher.GreetingIncomplete) break;
            var limit = _watcher.ReceivedAny ? _options.ReplyTimeout : _options.IdleExit;
            if (_time.GetElapsedTime(started) >= limit)
            {
                if (_watcher.ReceivedAny) return ReplyTimedOut(input, line);
                break;
            }
            await WaitForChangeAsync(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
        }
        // The greeting's annotation and recognition are settled on the dispatcher before the line is paced.
        await _controller.DrainAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>Waits while a reply is awaited (bounded by --reply-timeout); exit code 4 when it never comes.</summary>
    private async Task<int?> WaitForRepliesAsync(StdinLineReader input, InputLine line, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        while (_controller.Status.State == ConnectionState.Connected && _controller.IsAwaitingReply)
        {
            if (_time.GetElapsedTime(started) > _options.ReplyTimeout) return ReplyTimedOut(input, line);
            await WaitForChangeAsync(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }
        await _controller.DrainAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>Holds a piped line until the assistant says it may go or drops it; exit code 4 when the reply never comes.</summary>
    private async Task<(PacingDecision? Decision, int? TimedOut)> PaceAsync(StdinLineReader input, InputLine line, CancellationToken cancellationToken)
    {
        var deadline = _time.GetTimestamp();
        while (true)
        {
            if (_controller.Status.State != ConnectionState.Connected) return (null, null);
            var decision = _controller.Pace(line.Text, _options.Pipeline);
            if (decision.Verdict != PacingVerdict.Wait) return (decision, null);
            if (_time.GetElapsedTime(deadline) > _options.ReplyTimeout) return (null, ReplyTimedOut(input, line));
            await WaitForChangeAsync(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// At the end of input: wait for an awaited reply (bounded by --reply-timeout), then until the server has been
    /// quiet for --idle-exit or closes; then close politely.
    /// </summary>
    private async Task<int> FinishAtEndOfInputAsync(StdinLineReader input, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        while (_controller.Status.State == ConnectionState.Connected && _controller.IsAwaitingReply)
        {
            if (_time.GetElapsedTime(started) > _options.ReplyTimeout) return ReplyTimedOut(input);
            await WaitForChangeAsync(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }
        while (_controller.Status.State == ConnectionState.Connected && _watcher.QuietFor < _options.IdleExit)
        {
            var remaining = _options.IdleExit - _watcher.QuietFor;
            await WaitForChangeAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(10), cancellationToken).ConfigureAwait(false);
        }
        if (_controller.Status.State != ConnectionState.Connected)
        {
            await _controller.DrainAsync().ConfigureAwait(false);
            return _watcher.LastClose == CloseReason.Lost ? (int)ExitCode.ConnectionLost : (int)ExitCode.Ok;
        }
        await _controller.CloseAsync().ConfigureAwait(false);
        return (int)ExitCode.Ok;
    }

    private async Task<bool?> WaitForLineOrCloseAsync(StdinLineReader input, CancellationToken cancellationToken)
    {
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnChange()
        {
            if (_controller.Status.State != ConnectionState.Connected) closed.Cancel();
        }
        _watcher.Changed += OnChange;
        try
        {
            OnChange();
            return await input.WaitToReadAsync(closed.Token).ConfigureAwait(false) ? true : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            _watcher.Changed -= OnChange;
        }
    }

    private int EndedByServer(StdinLineReader input, IReadOnlyList<InputLine>? pending = null)
    {
        _controller.DrainAsync().GetAwaiter().GetResult();
        ReportUnsent(input, pending, "the connection ended");
        return _watcher.LastClose == CloseReason.Lost ? (int)ExitCode.ConnectionLost : (int)ExitCode.Ok;
    }

    private int ReplyTimedOut(StdinLineReader input, InputLine? pending = null)
    {
        Note($"No reply within {_options.ReplyTimeout.TotalSeconds:0.#} s (--reply-timeout); closing.");
        _controller.CloseAsync().GetAwaiter().GetResult();
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

    private async Task WaitForChangeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _changed.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }

    private void Pulse()
    {
        if (_changed.CurrentCount == 0) _changed.Release();
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
                        break; // written as it arrives by the watcher
                    case TranscriptKind.Command when _inputIsTerminal && entry.Text.StartsWith(SessionController.CommandPrompt, StringComparison.Ordinal):
                        break; // the command was just typed at the prompt
                    case TranscriptKind.Sent:
                        // A terminal already shows what was typed (local echo); piped lines are shown as they go out.
                        if (_inputIsTerminal || _options.RawOutput) break;
                        _watcher.EnsureLineStart();
                        Console.Out.WriteLine(entry.Text);
                        break;
                    case TranscriptKind.Annotation:
                        if (!_options.Annotate) break;
                        _watcher.EnsureLineStart();
                        Console.Out.WriteLine("# " + entry.Text);
                        break;
                    case TranscriptKind.Warning when entry.Assist is not null:
                        if (!_options.Annotate)
                        {
                            Console.Error.WriteLine(entry.Text);
                            break;
                        }
                        _watcher.EnsureLineStart();
                        Console.Out.WriteLine("# " + entry.Text);
                        break;
                    default:
                        Console.Error.WriteLine(entry.Text);
                        break;
                }
            }
            Console.Out.Flush();
        }
        Pulse();
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
