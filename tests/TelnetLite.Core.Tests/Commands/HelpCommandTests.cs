using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class HelpCommandTests
{
    private readonly CommandInterpreter interpreter = new();

    [Theory]
    [InlineData("?")]
    [InlineData("h")]
    [InlineData("help")]
    [InlineData("help ?")]
    [InlineData("help help")]
    [InlineData("? h")]
    public void HelpAloneListsEveryCommand(string line)
    {
        Assert.Equal(new HelpRequest(), interpreter.Parse(line));
    }

    [Theory]
    [InlineData("help open", "open")]
    [InlineData("help o", "open")]
    [InlineData("? set", "set")]
    [InlineData("h st", "status")]
    [InlineData("help sen", "send")]
    [InlineData("help u", "unset")]
    [InlineData("help exit", "exit")]
    [InlineData("help set localecho", "set")]
    [InlineData("HELP SAVE", "save")]
    public void HelpWithACommandNamesItsFullName(string line, string topic)
    {
        Assert.Equal(new HelpRequest(topic), interpreter.Parse(line));
    }

    [Fact]
    public void HelpOnAnAmbiguousPrefixListsTheCandidates()
    {
        var request = Assert.IsType<AmbiguousRequest>(interpreter.Parse("help se"));

        Assert.Equal("Ambiguous help topic 'se': send, set", request.Message);
    }

    [Fact]
    public void HelpOnAnUnknownTopicPointsToTheList()
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse("help toggle"));

        Assert.Equal("No help for 'toggle': type ? for the list of commands", request.Message);
    }

    [Fact]
    public void TheCommandListHasOneLineForEveryCommandAndItsShortForm()
    {
        var text = HelpText.For(null);

        Assert.Same(HelpText.Commands, text);
        foreach (var expected in new[]
                 {
                     "c    - close", "d    - display", "o    - open host [port]", "q    - quit", "sa   - save FILE",
                     "sen  - send", "set  - set OPTION", "st   - status", "u    - unset OPTION", "?/h  - help",
                 })
        {
            Assert.Single(text, line => line.StartsWith(expected, StringComparison.Ordinal));
        }

        Assert.Contains(text, line => line.Contains("logout", StringComparison.Ordinal));
        Assert.Contains(text, line => line.Contains("exit", StringComparison.Ordinal));
    }

    [Fact]
    public void SetHelpListsEverySetOption()
    {
        var text = HelpText.For("set");

        foreach (var option in new[] { "localecho", "logfile FILE", "logging", "crlf", "escape CHAR", "term TYPE", "mode auto|telnet|raw", "smtp on|off|auto", "scrollback N" })
        {
            Assert.Single(text, line => line.StartsWith("  " + option, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void UnsetHelpListsEveryUnsetOption()
    {
        var text = HelpText.For("unset");

        foreach (var option in new[] { "localecho", "logfile", "logging", "crlf" })
        {
            Assert.Single(text, line => line.StartsWith("  " + option + " ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("open", "open mail1.fabrikam.com 25")]
    [InlineData("close", "Example: close")]
    [InlineData("logout", "logout does the same")]
    [InlineData("quit", "Example: quit")]
    [InlineData("exit", "exit does the same")]
    [InlineData("display", "Example: display")]
    [InlineData("status", "Example: status")]
    [InlineData("send", "send ayt")]
    [InlineData("save", "save \"smtp test.txt\"")]
    [InlineData("set", "set logfile smtp-test.log")]
    [InlineData("unset", "unset localecho")]
    [InlineData("starttls", "Example: starttls")]
    [InlineData("certificate", "Example: certificate")]
    [InlineData("auth", "auth login chris@contoso.com")]
    [InlineData("mx", "Example: mx fabrikam.com")]
    public void EveryCommandHasDetailedHelpWithAnExample(string topic, string example)
    {
        var text = HelpText.For(topic);

        Assert.NotSame(HelpText.Commands, text);
        Assert.Contains(text, line => line.Contains(example, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryHelpTopicTheParserProducesHasItsOwnText()
    {
        foreach (var word in new[] { "open", "close", "display", "quit", "send", "set", "status", "unset", "save", "exit", "logout", "starttls", "certificate", "auth", "mx" })
        {
            var request = Assert.IsType<HelpRequest>(interpreter.Parse("help " + word));

            Assert.NotSame(HelpText.Commands, HelpText.For(request.Topic));
        }
    }

    [Fact]
    public void EveryHelpLineFitsAnEightyColumnTerminal()
    {
        string?[] topics = [null, "open", "close", "display", "quit", "send", "set", "status", "unset", "save", "exit", "logout", "starttls", "certificate", "auth", "mx"];

        foreach (var topic in topics)
        {
            Assert.All(HelpText.For(topic), line => Assert.True(line.Length < 80, line));
        }
    }
}
