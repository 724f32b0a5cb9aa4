using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>The seed's walkthrough typed into the real window in a real terminal, as the "done when" says.</summary>
public sealed class TuiWalkthroughTests
{
    [TmuxFact]
    public async Task TheSeedsWalkthroughTypedAt80By24IsExplainedCheckedOffAndLogged()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24);
        terminal.WaitFor("Escape character is 'CTRL+]'");
        terminal.WaitFor("telnetlite>");

        terminal.Line("set localecho");
        terminal.Line("set logfile test.log");
        terminal.WaitFor("Logging to");
        terminal.Line($"open 127.0.0.1 {terminal.Port}");
        terminal.WaitFor("220 mail1.fabrikam.com");

        // Each reply on screen in the transcript, its explanation first in the pane below it.
        void Step(string line, string reply, string explanation)
        {
            terminal.Line(line);
            var screen = terminal.WaitFor(s => TuiTerminal.TranscriptRows(s).Any(r => r.StartsWith("← " + reply, StringComparison.Ordinal))
                && TuiTerminal.PaneRows(s).FirstOrDefault()?.StartsWith(" " + explanation, StringComparison.Ordinal) == true, $"'{reply}' explained in the pane");
            Assert.True(TuiTerminal.TranscriptRows(screen).Count >= 12, screen);
        }

        Step("EHLO contoso.com", "250 CHUNKING", "250 success:");
        terminal.WaitFor("SMTP: EHLO ok");
        terminal.Tmux.Type("MAIL FROM:chris@contoso.com");
        var beforeSending = terminal.WaitFor("no angle brackets");
        Assert.Contains("Before you send this line:", beforeSending);
        terminal.Tmux.Press("Enter");
        terminal.WaitFor("← 250 2.1.0 Sender OK");
        terminal.WaitFor(" 250 2.1.0 success");
        Step("RCPT TO:kate@fabrikam.com NOTIFY=success,failure", "250 2.1.5 Recipient OK", "250 2.1.5 success");
        Step("DATA", "354 Start mail input", "354 intermediate");
        terminal.Line("Subject: Test from Contoso");
        terminal.Line("");
        terminal.Line("This is a test message");
        Step(".", "250 2.6.0", "250 2.6.0 success");
        terminal.Line("QUIT");

        var closed = terminal.WaitFor("Connection closed by foreign host.");
        Assert.Contains("✓Connect ✓Greeting ✓EHLO ✓MAIL ✓RCPT ✓DATA ✓Message ✓. ✓QUIT", closed);
        Assert.Contains("telnetlite>", closed);
        var lines = closed.Split('\n');
        Assert.Contains(lines, l => l.StartsWith($"127.0.0.1:{terminal.Port} closed", StringComparison.Ordinal) && l.Contains("log test.log", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("F1 Help  F2 Assist  F3 Log file  F5 Open  Ctrl+] Command  Ctrl+Q Quit", StringComparison.Ordinal));

        terminal.Line("quit");
        terminal.WaitFor("[exited 0]");

        var log = await File.ReadAllTextAsync(terminal.Folder.File("test.log"));
        Assert.Contains(" -> EHLO contoso.com", log);
        Assert.Contains(" <- 250 2.1.0 Sender OK", log);
        Assert.Contains(" -> Subject: Test from Contoso", log);
        Assert.Contains(" # 250 2.6.0 success", log);
        Assert.Contains(" <- 221 2.0.0 Service closing transmission channel", log);
        var history = await File.ReadAllLinesAsync(Path.Combine(terminal.ConfigFolder, "telnetlite", "history-session"));
        Assert.Contains("EHLO contoso.com", history);
    }

    [TmuxFact]
    public async Task OnAWideTerminalTheAssistPaneExplainsARefusedRecipientBesideTheTranscript()
    {
        await using var terminal = await TuiTerminal.StartAsync(120, 40, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");

        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("SMTP: EHLO ok");
        terminal.Line("MAIL FROM:<chris@contoso.com>");
        terminal.WaitFor("250 2.1.0 Sender OK");
        terminal.Line("RCPT TO:<nobody@fabrikam.com>");
        var screen = terminal.WaitFor("550 5.1.1 User unknown");
        screen = terminal.Tmux.WaitFor(s => s.Contains("✗ RCPT TO", StringComparison.Ordinal), "the RCPT TO step crossed");

        var pane = string.Join('\n', screen.Split('\n').Select(l => l.Length > 76 ? l[76..] : ""));
        Assert.Contains("SMTP assist", pane);
        Assert.Contains("✓ MAIL FROM", pane);
        Assert.Contains("550 5.1.1 permanent failure", pane);
        Assert.Contains("the recipient does not exist in", pane);
        Assert.Contains("9 capabilities — F4 to list", pane);
    }

    [TmuxFact]
    public async Task CtrlRightBracketGivesTheCommandPromptAndAnEmptyLineGoesBackWhileEscNeverQuits()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");

        terminal.Tmux.Press("Escape");
        // An escape character typed right after Esc would arrive glued to it as one sequence: let the clock tick first.
        var clock = terminal.WaitFor("connected 00:");
        var elapsed = clock.Split('\n').First(l => l.Contains("connected 00:", StringComparison.Ordinal));
        terminal.Tmux.WaitFor(s => !s.Contains(elapsed, StringComparison.Ordinal), "the connection clock moving on");
        terminal.Tmux.Press("C-]");
        terminal.WaitFor("telnetlite>");
        terminal.Line("status");
        terminal.WaitFor("Connected to");
        terminal.Line("");
        var back = terminal.Tmux.WaitFor(s => s.Split('\n').Any(l => l.StartsWith("> ", StringComparison.Ordinal) || l.TrimEnd() == ">"), "the session prompt");
        Assert.DoesNotContain("[exited", back);

        terminal.Tmux.Press("C-q");
        terminal.WaitFor("Close the connection to");
        terminal.Tmux.Press("Enter");
        terminal.WaitFor("[exited 0]");
    }

    [TmuxFact]
    public async Task ThePastedWalkthroughIsSentLineByLineEachWaitingForItsReply()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30, connectAtOnce: true);
        terminal.WaitFor("Escape character is 'CTRL+]'");

        // Pasted at once, even before the greeting: the first line waits for the 220, each command for its reply.
        terminal.Tmux.Paste(string.Join("\n",
            "EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "RCPT TO:<kate@fabrikam.com>", "DATA",
            "Subject: Test from Contoso", "", "This is a test message", ".", "QUIT", ""));

        var screen = terminal.WaitFor("Connection closed by foreign host.");
        Assert.Contains("✓Connect ✓Greeting ✓EHLO ✓MAIL ✓RCPT ✓DATA ✓Message ✓. ✓QUIT", screen);
        var delivered = Directory.GetFiles(terminal.Folder.File("mailboxes"), "*.eml", SearchOption.AllDirectories);
        var message = await File.ReadAllTextAsync(Assert.Single(delivered));
        Assert.Contains("Subject: Test from Contoso\r\n\r\nThis is a test message", message);
    }

    [TmuxFact]
    public async Task TheOpenAndLogFileDialogsConnectAndStartTheLog()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30);
        terminal.WaitFor("telnetlite>");

        terminal.Tmux.Press("F3");
        terminal.WaitFor("Start logging");
        terminal.Tmux.Press("End");
        terminal.Tmux.Repeat("BSpace", 40);
        terminal.Line("dialog.log");
        terminal.WaitFor("Logging to");

        terminal.Tmux.Press("F5");
        terminal.WaitFor("Timeout:");
        terminal.Tmux.Type("127.0.0.1");
        terminal.Tmux.Press("Tab");
        terminal.Tmux.Press("End");
        terminal.Tmux.Repeat("BSpace", 10);
        terminal.Tmux.Type(terminal.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        terminal.Tmux.Press("Enter");
        terminal.WaitFor("220 mail1.fabrikam.com");

        var log = await File.ReadAllTextAsync(terminal.Folder.File("dialog.log"));
        Assert.Contains("== connected to 127.0.0.1:", log);
    }

    [TmuxFact]
    public async Task TheWindowSurvivesATinyTerminalAndMovesThePaneBesideWhenItGrows()
    {
        await using var terminal = await TuiTerminal.StartAsync(40, 10, connectAtOnce: true);
        terminal.WaitFor("220 mail1");
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("250 CHUNKING");

        terminal.Tmux.Resize(120, 40);
        var wide = terminal.Tmux.WaitFor(s => s.Split('\n').Any(l => l.Contains("│ SMTP assist", StringComparison.Ordinal)), "the assist pane beside the transcript");
        Assert.DoesNotContain("[exited", wide);

        terminal.Tmux.Resize(80, 24);
        terminal.Tmux.WaitFor(s => s.Contains("────────", StringComparison.Ordinal) && s.Contains("✓EHLO", StringComparison.Ordinal), "the assist pane below the transcript");
    }
}
