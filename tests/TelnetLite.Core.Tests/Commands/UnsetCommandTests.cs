using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class UnsetCommandTests
{
    private readonly CommandInterpreter interpreter = new();

    public static TheoryData<string, SettingChange> ValidUnsets => new()
    {
        { "unset localecho", new LocalEchoChange(false) },
        { "unset logging", new LoggingChange(false) },
        { "unset crlf", new CrlfChange(false) },
        { "unset logfile", new LogFileChange(null) },
        { "u loc", new LocalEchoChange(false) },
        { "u logg", new LoggingChange(false) },
        { "u c", new CrlfChange(false) },
        { "u logf", new LogFileChange(null) },
        { "UNSET LocalEcho", new LocalEchoChange(false) },
    };

    [Theory]
    [MemberData(nameof(ValidUnsets))]
    public void EveryUnsetOptionParsesToItsOffValue(string line, SettingChange change)
    {
        Assert.Equal(new UnsetRequest(change), interpreter.Parse(line));
    }

    [Theory]
    [InlineData("unset")]
    [InlineData("unset ?")]
    [InlineData("u")]
    public void UnsetAloneOrWithAQuestionMarkListsTheOptions(string line)
    {
        Assert.Equal(new HelpRequest("unset"), interpreter.Parse(line));
    }

    [Fact]
    public void AnAmbiguousUnsetOptionAnswersWithItsCandidates()
    {
        var request = Assert.IsType<AmbiguousRequest>(interpreter.Parse("unset lo"));

        Assert.Equal(["localecho", "logfile", "logging", "logsecrets"], request.Candidates);
        Assert.Equal("Ambiguous unset option 'lo': localecho, logfile, logging, logsecrets", request.Message);
    }

    [Theory]
    [InlineData("unset escape", "'escape' cannot be unset: use set escape CHAR")]
    [InlineData("unset mode", "'mode' cannot be unset: use set mode auto|telnet|raw")]
    [InlineData("unset smtp", "'smtp' cannot be unset: use set smtp on|off|auto")]
    [InlineData("unset sc", "'scrollback' cannot be unset: use set scrollback N")]
    [InlineData("unset term", "'term' cannot be unset: use set term TYPE")]
    [InlineData("unset color", "Unknown unset option 'color'. Options: localecho, logfile, logging, crlf, logsecrets, dns, markers (type 'unset ?' for help)")]
    [InlineData("unset localecho on", "unset localecho takes no value (got 'on')")]
    [InlineData("unset logfile x.log", "unset logfile takes no value (got 'x.log')")]
    public void UnsetRefusesWhatCannotBeSwitchedOff(string line, string message)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse(line));

        Assert.Equal(message, request.Message);
    }
}
