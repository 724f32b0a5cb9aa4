using TelnetLite.Tests.Support;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

public sealed class TmuxSessionTests
{
    [TmuxFact]
    public void AProgramInTheSessionIsTypedAtAndItsScreenRead()
    {
        using var folder = new TemporaryFolder();
        using var tmux = TmuxSession.Start("read line; echo \"you typed: $line\"", 40, 10, folder.Path);

        tmux.Type("hello there");
        tmux.Press("Enter");

        var screen = tmux.WaitFor("[exited 0]");
        Assert.Contains("you typed: hello there", screen);
    }

    [TmuxFact]
    public void TheTerminalHasTheSizeAsked()
    {
        using var folder = new TemporaryFolder();
        using var tmux = TmuxSession.Start("stty size", 57, 13, folder.Path);

        Assert.Contains("13 57", tmux.WaitFor("[exited 0]"));
    }
}
