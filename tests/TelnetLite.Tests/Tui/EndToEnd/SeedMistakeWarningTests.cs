using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>
/// Issue 11's "the assistant catches the seed's own mistakes before they are sent", in the real window: each warning
/// shows in the pane while the line is typed, before Enter; and NOTIFY= is explained when the server accepts it.
/// </summary>
public sealed class SeedMistakeWarningTests
{
    [TmuxFact]
    public async Task EachOfTheSeedsMistakesIsWarnedWhileTypingAndNotifyIsExplainedWhenAccepted()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30, arguments: $"-f test.log 127.0.0.1 {TuiTerminal.DemoPort}");
        terminal.WaitFor("220 mail1.fabrikam.com");

        // Typed, not entered: the warning comes before anything is sent, then Ctrl+U erases the line.
        void Warned(string line, string warning)
        {
            terminal.Tmux.Type(line);
            var screen = terminal.WaitFor(warning);
            Assert.Contains("Before you send this line:", screen);
            Assert.DoesNotContain("→ " + line, screen);
            terminal.Tmux.Press("C-u");
            terminal.WaitFor(s => !s.Contains(warning, StringComparison.Ordinal), "the warning gone with the line");
        }

        Warned("EHLO contoso_com", "an underscore is not allowed");
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("SMTP: EHLO ok");
        Warned("RCPT TO:<kate@fabrikam.com>", "RCPT TO before any MAIL FROM was accepted");
        Warned("MAIL FROM:chris.contoso.com", "has no @");
        terminal.Line("MAIL FROM:<chris@contoso.com>");
        terminal.WaitFor("← 250 2.1.0 Sender OK");
        Warned("DATA", "DATA with no accepted recipient");

        terminal.Line("RCPT TO:<kate@fabrikam.com> NOTIFY=success,failure");
        terminal.WaitFor("← 250 2.1.5 Recipient OK");
        // The pane wraps its lines: joined again, the explanation reads whole.
        terminal.WaitFor(s => string.Join(' ', TuiTerminal.PaneRows(s).Select(r => r.Trim()))
            .Contains("NOTIFY=success,failure asks for delivery status notifications (DSN, RFC 3461)", StringComparison.Ordinal), "NOTIFY explained in the pane");
        Assert.Contains("NOTIFY=success,failure asks for delivery status notifications (DSN, RFC 3461)", terminal.Log());
    }
}
