using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>Issue 11's "Telnet conventions the README promises", in the real window.</summary>
public sealed class TelnetConventionTests
{
    [TmuxFact]
    public async Task OpenAloneAsksToOnTheInputLineAndOpensTheHostAndPortTyped()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24);
        terminal.WaitFor("telnetlite>");

        terminal.Line("o");
        // tmux leaves out the blank after "(to)" at the end of the row.
        var asked = terminal.WaitFor(s => TuiTerminal.Rows(s).Any(r => r.TrimEnd() == "(to)"), "the (to) prompt");
        Assert.DoesNotContain("Timeout:", asked);
        terminal.Line($"127.0.0.1 {terminal.Port}");

        terminal.WaitFor("← 220 mail1.fabrikam.com");
    }

    [TmuxFact]
    public async Task F5KeepsTheOpenDialogWhoseHostFieldTakesHostAndPort()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30);
        terminal.WaitFor("telnetlite>");

        terminal.Tmux.Press("F5");
        terminal.WaitFor("Timeout:");
        terminal.Tmux.Type($"127.0.0.1 {terminal.Port}");
        terminal.Tmux.Press("Enter");

        var screen = terminal.WaitFor("← 220 mail1.fabrikam.com");
        Assert.Contains($"port {terminal.Port}.", screen);
    }

    [TmuxFact]
    public async Task AFailedConnectToPort1SaysConnectingOnceWithTheSystemsReasonAndNoSmtpCauses()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30);
        terminal.WaitFor("telnetlite>");

        terminal.Line("open 127.0.0.1 1");

        var screen = terminal.WaitFor("Connect failed (");
        Assert.Single(TuiTerminal.Rows(screen), r => r.Contains("Connecting to 127.0.0.1...", StringComparison.Ordinal));
        var failure = Assert.Single(TuiTerminal.Rows(screen), r => r.Contains("Could not open connection to the host, on port 1: Connect failed (", StringComparison.Ordinal));
        Assert.EndsWith("Connection refused)", failure);
        Assert.DoesNotContain("SMTP", screen);
    }

    [TmuxFact]
    public async Task WhenSmtpIsForcedOnAFailedConnectGivesTheFiveCausesAndTheChecklistAndStatusShowTheFailure()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24);
        terminal.WaitFor("telnetlite>");
        terminal.Line("set smtp on");
        terminal.WaitFor("SMTP assist: on");

        terminal.Line("open 127.0.0.1 1");

        var screen = terminal.WaitFor("✗Connect");
        Assert.Contains("cause: the target SMTP service is not available", screen);
        Assert.Contains("SMTP: connect failed", screen);
        Assert.DoesNotContain("connect waiting", screen);
    }

    [TmuxFact]
    public async Task StatusNamesTheSmtpStateOnce()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24, connectAtOnce: true);
        terminal.WaitFor("← 220 mail1.fabrikam.com");
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("← 250 CHUNKING");

        terminal.Command("st", "Log file: none");

        var screen = terminal.Tmux.Capture();
        Assert.Contains(TuiTerminal.Rows(screen), r => r.Trim() == "SMTP: EHLO ok");
        Assert.DoesNotContain("SMTP assist: SMTP", screen);
    }

    [TmuxFact]
    public async Task F3WhileLoggingOffersToStopTheLogOrToChangeIt()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30, arguments: "-f test.log");
        terminal.WaitFor("telnetlite>");
        terminal.WaitFor("log test.log");

        terminal.Tmux.Press("F3");
        var dialog = terminal.WaitFor("Stop logging");
        Assert.Contains("Logging to ", dialog);
        Assert.Contains("Log to this file", dialog);
        terminal.Tmux.Press("M-t");

        var stopped = terminal.WaitFor(s => s.Contains("closed.", StringComparison.Ordinal) && !s.Contains("Stop logging", StringComparison.Ordinal), "the log closed");
        Assert.DoesNotContain("log test.log", stopped);
        Assert.EndsWith("== log closed", terminal.Log().TrimEnd());

        terminal.Tmux.Press("F3");
        var again = terminal.WaitFor("Start logging");
        Assert.DoesNotContain("Stop logging", again);
    }

    [TmuxFact]
    public async Task F1HelpWrapsAtWordsAndContinuesUnderEachKeysDescription()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24);
        terminal.WaitFor("telnetlite>");

        terminal.Tmux.Press("F1");
        var screen = terminal.WaitFor("TelnetLite help");

        var rows = TuiTerminal.Rows(screen).Select(r => r.Trim('┃', ' ', '│')).ToList();
        var enter = rows.FindIndex(r => r.StartsWith("Enter ", StringComparison.Ordinal));
        Assert.True(enter >= 0, screen);
        var continued = TuiTerminal.Rows(screen)[enter + 1];
        var text = continued[(continued.IndexOf('┃') + 1)..];
        Assert.StartsWith(new string(' ', 17), text);
        Assert.NotEqual(' ', text[17]);
        var words = string.Join(' ', TelnetLite.Tui.ViewModels.HelpContent.Lines("CTRL+]")).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        foreach (var row in TuiTerminal.Rows(screen).Where(r => r.Contains('┃')).Skip(1).Take(12))
        {
            var inside = row[(row.IndexOf('┃') + 1)..row.LastIndexOf('┃')];
            Assert.All(inside.Split(' ', StringSplitOptions.RemoveEmptyEntries), word => Assert.Contains(word, words));
        }
    }
}
