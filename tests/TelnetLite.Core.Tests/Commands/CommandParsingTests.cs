using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class CommandParsingTests
{
    private readonly CommandInterpreter interpreter = new();

    [Theory]
    [InlineData("close", typeof(CloseRequest))]
    [InlineData("quit", typeof(QuitRequest))]
    [InlineData("display", typeof(DisplayRequest))]
    [InlineData("status", typeof(StatusRequest))]
    [InlineData("exit", typeof(QuitRequest))]
    [InlineData("logout", typeof(CloseRequest))]
    public void EveryCommandWithoutArgumentsParsesToItsRequest(string line, Type expected)
    {
        Assert.IsType(expected, interpreter.Parse(line));
    }

    [Theory]
    [InlineData("o", typeof(OpenRequest))]
    [InlineData("c", typeof(CloseRequest))]
    [InlineData("d", typeof(DisplayRequest))]
    [InlineData("q", typeof(QuitRequest))]
    [InlineData("st", typeof(StatusRequest))]
    [InlineData("sen ayt", typeof(SendRequest))]
    [InlineData("u localecho", typeof(UnsetRequest))]
    [InlineData("?", typeof(HelpRequest))]
    [InlineData("h", typeof(HelpRequest))]
    public void WindowsShortFormsAlwaysWork(string line, Type expected)
    {
        Assert.IsType(expected, interpreter.Parse(line));
    }

    [Theory]
    [InlineData("op", typeof(OpenRequest))]
    [InlineData("ope", typeof(OpenRequest))]
    [InlineData("cl", typeof(CloseRequest))]
    [InlineData("clos", typeof(CloseRequest))]
    [InlineData("di", typeof(DisplayRequest))]
    [InlineData("disp", typeof(DisplayRequest))]
    [InlineData("qu", typeof(QuitRequest))]
    [InlineData("sta", typeof(StatusRequest))]
    [InlineData("stat", typeof(StatusRequest))]
    [InlineData("send ayt", typeof(SendRequest))]
    [InlineData("un localecho", typeof(UnsetRequest))]
    [InlineData("uns crlf", typeof(UnsetRequest))]
    [InlineData("he", typeof(HelpRequest))]
    [InlineData("hel", typeof(HelpRequest))]
    [InlineData("sa x.txt", typeof(SaveRequest))]
    [InlineData("sav x.txt", typeof(SaveRequest))]
    [InlineData("e", typeof(QuitRequest))]
    [InlineData("ex", typeof(QuitRequest))]
    [InlineData("l", typeof(CloseRequest))]
    [InlineData("log", typeof(CloseRequest))]
    [InlineData("set localecho", typeof(SetRequest))]
    public void AnyUniquePrefixOfACommandWorks(string line, Type expected)
    {
        Assert.IsType(expected, interpreter.Parse(line));
    }

    [Theory]
    [InlineData("QUIT", typeof(QuitRequest))]
    [InlineData("Open", typeof(OpenRequest))]
    [InlineData("ST", typeof(StatusRequest))]
    [InlineData("SET LOCALECHO", typeof(SetRequest))]
    [InlineData("H", typeof(HelpRequest))]
    public void CommandsIgnoreCase(string line, Type expected)
    {
        Assert.IsType(expected, interpreter.Parse(line));
    }

    [Theory]
    [InlineData("  quit  ")]
    [InlineData("\tquit")]
    [InlineData("quit\r")]
    public void SurroundingWhitespaceIsIgnored(string line)
    {
        Assert.IsType<QuitRequest>(interpreter.Parse(line));
    }

    [Theory]
    [InlineData("s", "save, send, set, starttls, status")]
    [InlineData("se", "send, set")]
    public void AnAmbiguousPrefixAnswersWithItsCandidates(string word, string candidates)
    {
        var request = Assert.IsType<AmbiguousRequest>(interpreter.Parse(word));

        Assert.Equal(word, request.Word);
        Assert.Equal(candidates, string.Join(", ", request.Candidates));
        Assert.Equal($"Ambiguous command '{word}': {candidates}", request.Message);
    }

    [Fact]
    public void TheAmbiguousMessageQuotesTheWordAsTyped()
    {
        var request = Assert.IsType<AmbiguousRequest>(interpreter.Parse("SE"));

        Assert.Equal("Ambiguous command 'SE': send, set", request.Message);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("opened")]
    [InlineData("toggle echo")]
    [InlineData("!")]
    [InlineData("z")]
    [InlineData("??")]
    [InlineData("EHLO contoso.com")]
    public void UnknownInputAnswersLikeWindowsTelnet(string line)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse(line));

        Assert.Equal("Invalid Command. type ?/help for help", request.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t \r")]
    [InlineData(null)]
    public void ABlankLineIsEmptyAndReturnsToTheSession(string? line)
    {
        Assert.IsType<EmptyRequest>(interpreter.Parse(line));
    }

    [Theory]
    [InlineData("close now", "'close' takes no arguments (got 'now')")]
    [InlineData("quit please", "'quit' takes no arguments (got 'please')")]
    [InlineData("d all", "'display' takes no arguments (got 'all')")]
    [InlineData("st x y", "'status' takes no arguments (got 'x y')")]
    [InlineData("exit 1", "'exit' takes no arguments (got '1')")]
    [InlineData("logout x", "'logout' takes no arguments (got 'x')")]
    public void CommandsWithoutArgumentsRefuseExtraWords(string line, string message)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse(line));

        Assert.Equal(message, request.Message);
    }

    [Fact]
    public void ControlCharactersEchoedInAMessageAreShownInCaretNotation()
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse("close \u001b[2J\u0090"));

        Assert.Equal("'close' takes no arguments (got '^[[2J\\x90')", request.Message);
    }

    [Theory]
    [InlineData("save transcript.txt", "transcript.txt")]
    [InlineData("save \"C:\\My Logs\\smtp test.txt\"", "C:\\My Logs\\smtp test.txt")]
    [InlineData("save  /tmp/a b.txt ", "/tmp/a b.txt")]
    public void SaveTakesThePathAsTypedWithQuotesRemoved(string line, string path)
    {
        Assert.Equal(new SaveRequest(path), interpreter.Parse(line));
    }

    [Theory]
    [InlineData("save")]
    [InlineData("save \"\"")]
    public void SaveWithoutAFileSaysHowToUseIt(string line)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse(line));

        Assert.Equal("Usage: save FILE (writes the whole transcript to FILE)", request.Message);
    }

    [Fact]
    public void SaveRefusesAPathWithControlCharacters()
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse("save a\u0007b.txt"));

        Assert.Equal("Bad file name: it contains control characters", request.Message);
    }

    [Fact]
    public void RequestsCompareByValue()
    {
        Assert.Equal(new QuitRequest(), interpreter.Parse("q"));
        Assert.Equal(new SetRequest(new LocalEchoChange(true)), interpreter.Parse("set localecho"));
    }
}
