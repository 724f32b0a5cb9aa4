using TelnetLite.Core.Telnet;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class SetCommandTests
{
    private readonly CommandInterpreter interpreter = new();

    public static TheoryData<string, SettingChange> ValidSets => new()
    {
        { "set localecho", new LocalEchoChange(true) },
        { "set localecho on", new LocalEchoChange(true) },
        { "set localecho OFF", new LocalEchoChange(false) },
        { "set logging", new LoggingChange(true) },
        { "set logging off", new LoggingChange(false) },
        { "set crlf", new CrlfChange(true) },
        { "set crlf off", new CrlfChange(false) },
        { "set logfile smtp-test.log", new LogFileChange("smtp-test.log") },
        { "set logfile \"C:\\My Logs\\test.log\"", new LogFileChange("C:\\My Logs\\test.log") },
        { "set logfile /var/tmp/my log.txt", new LogFileChange("/var/tmp/my log.txt") },
        { "set escape ^]", new EscapeCharacterChange('\u001d') },
        { "set escape ^x", new EscapeCharacterChange('\u0018') },
        { "set escape CTRL+]", new EscapeCharacterChange('\u001d') },
        { "set escape ~", new EscapeCharacterChange('~') },
        { "set escape \u001d", new EscapeCharacterChange('\u001d') },
        { "set term vt100", new TerminalTypeChange("VT100") },
        { "set term XTERM-256COLOR", new TerminalTypeChange("XTERM-256COLOR") },
        { "set mode auto", new ProtocolModeChange(TelnetMode.Auto) },
        { "set mode telnet", new ProtocolModeChange(TelnetMode.Telnet) },
        { "set mode RAW", new ProtocolModeChange(TelnetMode.Raw) },
        { "set smtp on", new SmtpAssistChange(AssistMode.On) },
        { "set smtp off", new SmtpAssistChange(AssistMode.Off) },
        { "set smtp auto", new SmtpAssistChange(AssistMode.Auto) },
        { "set scrollback 50000", new ScrollbackChange(50_000) },
        { "set scrollback 1,000,000", new ScrollbackChange(1_000_000) },
        { "set scrollback 100", new ScrollbackChange(100) },
    };

    [Theory]
    [MemberData(nameof(ValidSets))]
    public void EverySetOptionParsesToItsTypedChange(string line, SettingChange change)
    {
        Assert.Equal(new SetRequest(change), interpreter.Parse(line));
    }

    public static TheoryData<string, SettingChange> Abbreviations => new()
    {
        { "set loc", new LocalEchoChange(true) },
        { "set logf a.log", new LogFileChange("a.log") },
        { "set logg", new LoggingChange(true) },
        { "set c", new CrlfChange(true) },
        { "set e ^]", new EscapeCharacterChange('\u001d') },
        { "set t ansi", new TerminalTypeChange("ANSI") },
        { "set m raw", new ProtocolModeChange(TelnetMode.Raw) },
        { "set sm off", new SmtpAssistChange(AssistMode.Off) },
        { "set sc 2000", new ScrollbackChange(2000) },
        { "SET LOCALECHO", new LocalEchoChange(true) },
    };

    [Theory]
    [MemberData(nameof(Abbreviations))]
    public void SetOptionsMayBeAbbreviatedToAnyUniquePrefix(string line, SettingChange change)
    {
        Assert.Equal(new SetRequest(change), interpreter.Parse(line));
    }

    [Theory]
    [InlineData("set l", "localecho, logfile, logging, logsecrets")]
    [InlineData("set lo", "localecho, logfile, logging, logsecrets")]
    [InlineData("set log", "logfile, logging, logsecrets")]
    [InlineData("set s 10", "scrollback, smtp")]
    public void AnAmbiguousSetOptionAnswersWithItsCandidates(string line, string candidates)
    {
        var request = Assert.IsType<AmbiguousRequest>(interpreter.Parse(line));

        Assert.Equal(candidates, string.Join(", ", request.Candidates));
        Assert.Equal($"Ambiguous set option '{request.Word}': {candidates}", request.Message);
    }

    [Theory]
    [InlineData("set")]
    [InlineData("set ?")]
    public void SetAloneOrWithAQuestionMarkListsTheOptions(string line)
    {
        Assert.Equal(new HelpRequest("set"), interpreter.Parse(line));
    }

    [Theory]
    [InlineData("set logfile")]
    [InlineData("set logfile \"\"")]
    [InlineData("set logf")]
    public void SetLogfileWithoutAFileAsksForThePath(string line)
    {
        var request = Assert.IsType<PromptLogFileRequest>(interpreter.Parse(line));

        Assert.StartsWith("Usage: set logfile FILE", request.Usage);
    }

    [Theory]
    [InlineData("set scrollback abc", "Bad scrollback 'abc': give a whole number of lines from 100 to 1,000,000")]
    [InlineData("set scrollback 99", "Bad scrollback '99': give a whole number of lines from 100 to 1,000,000")]
    [InlineData("set scrollback 1000001", "Bad scrollback '1000001': give a whole number of lines from 100 to 1,000,000")]
    [InlineData("set scrollback -5", "Bad scrollback '-5': give a whole number of lines from 100 to 1,000,000")]
    [InlineData("set scrollback 1.5", "Bad scrollback '1.5': give a whole number of lines from 100 to 1,000,000")]
    [InlineData("set scrollback", "set scrollback needs a whole number of lines from 100 to 1,000,000")]
    [InlineData("set mode foo", "Bad value 'foo' for set mode: give auto|telnet|raw")]
    [InlineData("set mode console", "Bad value 'console' for set mode: give auto|telnet|raw")]
    [InlineData("set mode", "set mode needs a value: auto|telnet|raw")]
    [InlineData("set mode raw now", "Bad value 'raw now' for set mode: give auto|telnet|raw")]
    [InlineData("set smtp maybe", "Bad value 'maybe' for set smtp: give on|off|auto")]
    [InlineData("set smtp", "set smtp needs a value: on|off|auto")]
    [InlineData("set localecho yes", "Bad value 'yes' for set localecho: give on, off, or nothing (on)")]
    [InlineData("set crlf 1", "Bad value '1' for set crlf: give on, off, or nothing (on)")]
    [InlineData("set logging please", "Bad value 'please' for set logging: give on, off, or nothing (on)")]
    [InlineData("set term", "set term needs a terminal type, e.g. set term ANSI (or VT100, XTERM)")]
    [InlineData("set term vt 100", "Bad terminal type 'vt 100': use letters, digits and - / . _ + (at most 40), e.g. ANSI, VT100, XTERM")]
    [InlineData("set term ansi;rm", "Bad terminal type 'ansi;rm': use letters, digits and - / . _ + (at most 40), e.g. ANSI, VT100, XTERM")]
    [InlineData("set escape", "No escape character given: use ^] (caret notation), CTRL+] or a single character such as ~")]
    [InlineData("set escape abc", "Bad escape character 'abc': use ^] (caret notation), CTRL+] or a single character such as ~")]
    [InlineData("set logfile a\u0001b", "Bad log file name: it contains control characters")]
    public void BadArgumentsNameTheProblemAndTheAcceptedValues(string line, string message)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse(line));

        Assert.Equal(message, request.Message);
    }

    [Fact]
    public void ATerminalTypeLongerThanFortyCharactersIsRefused()
    {
        Assert.IsType<InvalidRequest>(interpreter.Parse("set term " + new string('A', 41)));
        Assert.IsType<SetRequest>(interpreter.Parse("set term " + new string('A', 40)));
    }

    [Fact]
    public void AnUnknownSetOptionListsTheOptions()
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse("set color on"));

        Assert.Equal(
            "Unknown set option 'color'. Options: localecho, logfile, logging, crlf, escape, term, mode, smtp, scrollback, tls, logsecrets, dns, annotations, markers (type 'set ?' for help)",
            request.Message);
    }

    [Theory]
    [InlineData("set ntlm", "TelnetLite does not do NTLM authentication, so 'ntlm' has no effect here")]
    [InlineData("set bsasdel", "TelnetLite edits each line before sending it and never sends Backspace or Delete, so 'bsasdel' is not needed")]
    [InlineData("set delasbs", "TelnetLite edits each line before sending it and never sends Backspace or Delete, so 'delasbs' is not needed")]
    [InlineData("set codeset", "TelnetLite always decodes UTF-8 and shows other bytes as \\xNN, so 'codeset' is not needed")]
    [InlineData("unset ntlm", "TelnetLite does not do NTLM authentication, so 'ntlm' has no effect here")]
    public void WindowsOnlyOptionsExplainWhyTheyAreNotNeeded(string line, string message)
    {
        var request = Assert.IsType<InvalidRequest>(interpreter.Parse(line));

        Assert.Equal(message, request.Message);
    }
}
