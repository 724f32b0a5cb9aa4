using TelnetLite.Core.Tests.Support;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>What a shell's prompt sends around itself: colours and bracketed-paste switches are dropped, a window
/// title stays visible as text, and nothing reaches the terminal raw.</summary>
public sealed class ServerStylingTests
{
    [TmuxFact]
    public async Task ColoursAndBracketedPasteFromAShellAreDroppedWhileAWindowTitleStaysVisible()
    {
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("\u001b[?2004h\u001b]0;PWNED-TITLE\u0007\u001b[01;32mchris@vm\u001b[00m:~$ \u001b[?2004l\r\nsecond line\r\n"u8.ToArray(), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        await using var terminal = await TuiTerminal.StartAsync(80, 24, arguments: $"127.0.0.1 {server.Port}");

        var screen = terminal.WaitFor("second line");

        Assert.Contains(TuiTerminal.Rows(screen), r => r.StartsWith("← ^[]0;PWNED-TITLE^Gchris@vm:~$", StringComparison.Ordinal));
        Assert.DoesNotContain("^[[?2004", screen);
        Assert.DoesNotContain("^[[01;32m", screen);
        Assert.DoesNotContain("PWNED", terminal.Tmux.Query("#{pane_title}"));
    }
}
