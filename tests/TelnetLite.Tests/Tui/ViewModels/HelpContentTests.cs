using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class HelpContentTests
{
    [Fact]
    public void HelpNamesEveryKeyAndCommandAndHowToCopyText()
    {
        var text = string.Join('\n', HelpContent.Lines("CTRL+]"));

        foreach (var word in new[] { "CTRL+]", "F1", "F2", "F3", "F5", "Ctrl+Q", "PgUp", "Up / Down", "Shift+drag", "Esc never quits",
                     "open", "close", "quit", "status", "display", "send", "set", "unset", "save", "localecho", "logfile", "scrollback" })
        {
            Assert.Contains(word, text);
        }
    }

    [Fact]
    public void HelpFitsTheDialogOnAnEightyColumnScreen()
    {
        var lines = HelpContent.Lines("CTRL+]", 70);

        Assert.All(lines, l => Assert.True(l.Length <= 70, l));
        Assert.Contains(lines, l => l.Contains("Shift+drag", StringComparison.Ordinal));
    }
}
