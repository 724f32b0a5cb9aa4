using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class HelpContentTests
{
    [Fact]
    public void HelpNamesEveryKeyAndCommandAndHowToCopyText()
    {
        var text = string.Join('\n', HelpContent.Lines("CTRL+]"));

        foreach (var word in new[] { "CTRL+]", "F1", "F2", "F3", "F4", "F5", "Esc, Ctrl+C", "annotations", "markers", "Ctrl+Q", "PgUp", "Up / Down", "Shift+drag", "Esc never quits",
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

    [Fact]
    public void HelpWrapsAtWordsAndContinuesUnderTheDescription()
    {
        var lines = HelpContent.Lines("CTRL+]", 60);

        var enter = lines.ToList().FindIndex(l => l.StartsWith("  Enter ", StringComparison.Ordinal));
        Assert.StartsWith(new string(' ', 17), lines[enter + 1]);
        Assert.False(lines[enter + 1][17] == ' ');
        var words = string.Join(' ', HelpContent.Lines("CTRL+]")).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.All(lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)), word => Assert.Contains(word, words));
    }
}
