using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>
/// Issue 11's "Everything typed is paced": in an SMTP session a line entered while a reply is awaited waits for it,
/// whether it was typed or pasted without bracketed paste (which a program cannot tell from typing).
/// </summary>
public sealed class TypedPacingTests
{
    private static readonly string[] Walkthrough =
    [
        "EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "RCPT TO:<kate@fabrikam.com>", "DATA",
        "Subject: Test from Contoso", "", "This is a test message", ".", "QUIT",
    ];

    [TmuxFact]
    public async Task AWalkthroughPastedWithoutBracketedPasteWaitsForEachReplyTheMessageForThe354()
    {
        // A server that takes its time over DATA, as a real one across a network does: on the loopback demo a paste
        // typed in could keep pace by luck.
        await using var server = new HeldReplySmtpServer("DATA");
        await using var terminal = await TuiTerminal.StartAsync(80, 24, arguments: $"-f test.log 127.0.0.1 {server.Port}");
        terminal.WaitFor("← 220 mail1.fabrikam.test ESMTP ready");

        terminal.Tmux.PasteAsTyped(string.Join("\n", Walkthrough) + "\n");

        var waiting = terminal.WaitFor("⧗ Subject: Test from Contoso");
        Assert.Contains("queued until the reply to DATA", waiting);
        Assert.Contains("DATA", server.Received);
        Assert.DoesNotContain("Subject: Test from Contoso", server.Received);
        server.Release();

        var screen = terminal.WaitFor("Connection closed by foreign host.");
        Assert.Contains("✓Connect ✓Greeting ✓EHLO ✓MAIL ✓RCPT ✓DATA ✓Message ✓. ✓QUIT", screen);
        Assert.Equal(Walkthrough, server.Received);
        AssertLockStep(terminal.Log());
    }

    [TmuxFact]
    public async Task ALineTypedWhileAReplyIsAwaitedIsShownQueuedAndEscOrCtrlCClearsTheQueue()
    {
        await using var server = new HeldReplySmtpServer("DATA");
        await using var terminal = await TuiTerminal.StartAsync(80, 24, arguments: $"127.0.0.1 {server.Port}");
        terminal.WaitFor("← 220 mail1.fabrikam.test ESMTP ready");
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("← 250 8BITMIME");
        terminal.Line("MAIL FROM:<chris@contoso.com>");
        terminal.WaitFor("← 250 2.1.0 OK");
        terminal.Line("DATA");
        terminal.WaitFor("→ DATA");

        terminal.Line("Subject: typed too soon");
        var queued = terminal.WaitFor("⧗ Subject: typed too soon");
        Assert.Contains("queued until the reply to DATA", queued);
        Assert.Contains("1 queued", queued);
        terminal.Tmux.Press("Escape");
        var cleared = terminal.WaitFor("1 queued line was cleared with Esc and not sent.");
        Assert.DoesNotContain("⧗", cleared);

        terminal.Line("Subject: typed too soon again");
        terminal.WaitFor("⧗ Subject: typed too soon again");
        terminal.Tmux.Press("C-c");
        terminal.WaitFor("1 queued line was cleared with Ctrl+C and not sent.");

        server.Release();
        terminal.WaitFor("← 354 Start mail input");
        terminal.Line("Subject: in its turn");
        terminal.WaitFor("→ Subject: in its turn");
        Assert.DoesNotContain(server.Received, line => line.Contains("too soon", StringComparison.Ordinal));
        Assert.Contains("Subject: in its turn", server.Received);
    }

    [TmuxFact]
    public async Task PlainModeOnATerminalPacesAWalkthroughPastedWithoutBracketedPaste()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30, arguments: "--plain -f test.log --demo");
        terminal.WaitFor("220 mail1.fabrikam.com");

        terminal.Tmux.PasteAsTyped(string.Join("\n", Walkthrough) + "\n");

        terminal.WaitFor("Connection closed by foreign host.");
        AssertLockStep(terminal.Log());
    }

    /// <summary>The message went after the 354, in the log's own order, and was accepted.</summary>
    private static void AssertLockStep(string log)
    {
        var lines = log.Split('\n');
        int At(string text) => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(At("<- 354 ") >= 0 && At("<- 354 ") < At("-> Subject: Test from Contoso"), log);
        // QUIT may follow an unanswered "." where the server offers PIPELINING ("." may be grouped, RFC 2920).
        Assert.True(At("<- 250 2.6.0") >= 0, log);
    }
}
