using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class OpenCommandTests
{
    private readonly CommandInterpreter interpreter = new();

    [Theory]
    [InlineData("open mail1.fabrikam.com 25", "mail1.fabrikam.com", 25)]
    [InlineData("o mail1.fabrikam.com 25", "mail1.fabrikam.com", 25)]
    [InlineData("open mail1.fabrikam.com:587", "mail1.fabrikam.com", 587)]
    [InlineData("open 127.0.0.1:2525", "127.0.0.1", 2525)]
    [InlineData("open [::1]:25", "::1", 25)]
    [InlineData("open [::1] 25", "::1", 25)]
    [InlineData("open ::1 25", "::1", 25)]
    [InlineData("open [fe80::1%eth0]:25", "fe80::1%eth0", 25)]
    [InlineData("open localhost 65535", "localhost", 65535)]
    [InlineData("open localhost 1", "localhost", 1)]
    [InlineData("open mail.example.test smtp", "mail.example.test", 25)]
    [InlineData("open mail.example.test SUBMISSION", "mail.example.test", 587)]
    [InlineData("open mail.example.test:submissions", "mail.example.test", 465)]
    [InlineData("open mail.example.test 0025", "mail.example.test", 25)]
    public void OpenReadsTheHostAndPortInEveryForm(string line, string host, int port)
    {
        var request = Assert.IsType<OpenRequest>(interpreter.Parse(line));

        Assert.Equal(host, request.Host);
        Assert.Equal(port, request.Port);
        Assert.Equal(port, request.EffectivePort);
    }

    [Theory]
    [InlineData("open mail1.fabrikam.com", "mail1.fabrikam.com")]
    [InlineData("open [::1]", "::1")]
    [InlineData("open ::1", "::1")]
    public void OpenWithoutAPortUsesTelnetsPort(string line, string host)
    {
        var request = Assert.IsType<OpenRequest>(interpreter.Parse(line));

        Assert.Equal(host, request.Host);
        Assert.Null(request.Port);
        Assert.Equal(23, request.EffectivePort);
    }

    [Fact]
    public void OpenWithNothingMeansAskForTheHost()
    {
        Assert.Equal(new OpenRequest(null, null), interpreter.Parse("open"));
        Assert.Equal("(to) ", CommandInterpreter.OpenPrompt);
    }

    [Theory]
    [InlineData("mail1.fabrikam.com 25", "mail1.fabrikam.com", 25)]
    [InlineData("mail1.fabrikam.com:25", "mail1.fabrikam.com", 25)]
    [InlineData("  [::1]:2525  ", "::1", 2525)]
    public void TheAnswerToTheToPromptIsReadLikeOpensArguments(string answer, string host, int port)
    {
        Assert.Equal(new OpenRequest(host, port), interpreter.ParseOpenTarget(answer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void ABlankAnswerToTheToPromptSaysHowToUseOpen(string? answer)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.ParseOpenTarget(answer));

        Assert.Equal("No host given. Usage: open host [port]", request.Message);
    }

    [Theory]
    [InlineData("open host 0", "Bad port '0'")]
    [InlineData("open host 65536", "Bad port '65536'")]
    [InlineData("open host 99999999999", "Bad port '99999999999'")]
    [InlineData("open host -1", "Bad port '-1'")]
    [InlineData("open host +25", "Bad port '+25'")]
    [InlineData("open host abc", "Bad port 'abc'")]
    [InlineData("open host:abc", "Bad port 'abc'")]
    [InlineData("open [::1]:0", "Bad port '0'")]
    public void ABadPortNamesItAndTheAcceptedValues(string line, string start)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse(line));

        Assert.StartsWith(start + ": give a number from 1 to 65535 or a service name (smtp, submission", request.Message);
    }

    [Theory]
    [InlineData("open host 25 extra", "Too many arguments. Usage: open host [port]")]
    [InlineData("open host:25 26", "Port given twice ('host:25' and '26'). Usage: open host [port]")]
    [InlineData("open [::1]:25 26", "Port given twice ('[::1]:25' and '26'). Usage: open host [port]")]
    [InlineData("open host:", "No port after ':' in 'host:'. Usage: open host [port]")]
    [InlineData("open :25", "No host before ':' in ':25'. Usage: open host [port]")]
    [InlineData("open [::1", "Bad address '[::1': missing ']'. Usage: open host [port] (e.g. open [::1]:25)")]
    [InlineData("open [::1]x", "Bad address '[::1]x': only ':port' may follow ']'. Usage: open host [port]")]
    [InlineData("open [::1]:", "No port after ':' in '[::1]:'. Usage: open host [port]")]
    [InlineData("open []:25", "Bad address '[]:25': brackets hold an IPv6 address, e.g. [::1]:25")]
    [InlineData("open [mail.example.test]:25", "Bad address '[mail.example.test]:25': brackets hold an IPv6 address, e.g. [::1]:25")]
    public void MalformedTargetsSayWhatIsWrong(string line, string message)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse(line));

        Assert.Equal(message, request.Message);
    }

    [Theory]
    [InlineData("open -l user")]
    [InlineData("open http://mail.example.test")]
    [InlineData("open mail/example")]
    [InlineData("open user@mail.example.test")]
    public void ThingsThatAreNotHostsAreRefusedBeforeAnyLookUp(string line)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse(line));

        Assert.Contains("Bad host name", request.Message);
        Assert.EndsWith("Usage: open host [port]", request.Message);
    }
}
