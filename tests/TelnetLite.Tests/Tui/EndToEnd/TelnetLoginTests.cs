using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>
/// Issue 11's "Telnet servers: logins work and passwords stay secret", against a real inetutils telnetd with a user
/// the test creates: the password is typed where the server asks for it and is nowhere on screen, in history or in
/// the log; the shell's colours and bracketed-paste switches do not litter the screen.
/// </summary>
public sealed class TelnetLoginTests
{
    [TelnetdTmuxFact]
    public async Task ALoginTypedInTheWindowKeepsThePasswordOffTheScreenOutOfHistoryAndOutOfTheLog()
    {
        await using var telnetd = await TelnetdServer.StartAsync();
        await using var terminal = await TuiTerminal.StartAsync(100, 30, arguments: $"-f test.log 127.0.0.1 {telnetd.Port}");
        terminal.WaitFor("login:");

        terminal.Line(telnetd.User);
        terminal.WaitFor("Password:");
        terminal.Tmux.Type(telnetd.Password);
        var typing = terminal.WaitFor(s => TuiTerminal.Rows(s).Any(r => r.StartsWith("> " + new string('*', telnetd.Password.Length), StringComparison.Ordinal)),
            "the password shown as stars");
        Assert.DoesNotContain(telnetd.Password, typing);
        terminal.Tmux.Press("Enter");
        terminal.WaitFor($"{telnetd.User}@");

        terminal.Line("echo hi-$TERM");
        var shell = terminal.WaitFor("hi-xterm-256color");
        Assert.DoesNotContain("^[[?2004", shell);
        Assert.DoesNotContain("^[[01;32m", shell);
        terminal.Line("exit");
        terminal.WaitFor("Connection closed by foreign host.");
        terminal.Line("quit");
        terminal.WaitFor("[exited 0]");

        Assert.DoesNotContain(telnetd.Password, terminal.Tmux.Capture());
        Assert.DoesNotContain(terminal.SessionHistory, line => line.Contains(telnetd.Password, StringComparison.Ordinal));
        Assert.Contains(telnetd.User, terminal.SessionHistory);
        var log = terminal.Log();
        Assert.DoesNotContain(telnetd.Password, log);
        Assert.Contains(" -> ******** (redacted)", log);
        Assert.Contains(" == the server echoes what is typed (WILL ECHO): local echo off", log);
    }
}
