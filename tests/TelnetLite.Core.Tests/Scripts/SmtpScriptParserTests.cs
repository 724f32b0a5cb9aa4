using TelnetLite.Core.Scripts;

namespace TelnetLite.Core.Tests.Scripts;

public sealed class SmtpScriptParserTests
{
    private const string SeedScript =
        """
        # The seed's walkthrough against the demo server.
        !set logfile seed.log
        !open mail1.fabrikam.com 25
        !expect 220
        EHLO contoso.com
        !expect 250
        MAIL FROM:chris@contoso.com
        !expect 2xx
        RCPT TO:kate@fabrikam.com NOTIFY=success,failure
        !expect /Recipient OK/
        DATA
        !expect 354
        Subject: Test from Contoso

        This is a test message
        .
        !expect /Queued mail for delivery/
        !sleep 0.5
        QUIT
        """;

    [Fact]
    public void TheSeedsWalkthroughParsesIntoItsStepsInOrder()
    {
        var script = SmtpScriptParser.Parse(SeedScript);

        Assert.True(script.IsValid);
        Assert.True(script.HasExpectations);
        Assert.Equal(
            [
                "logfile seed.log@2", "open mail1.fabrikam.com:25@3", "expect 220@4", "send EHLO contoso.com@5", "expect 250@6",
                "send MAIL FROM:chris@contoso.com@7", "expect 2xx@8", "send RCPT TO:kate@fabrikam.com NOTIFY=success,failure@9",
                "expect /Recipient OK/@10", "send DATA@11", "expect 354@12", "send Subject: Test from Contoso@13", "send @14",
                "send This is a test message@15", "send .@16", "expect /Queued mail for delivery/@17", "sleep 500@18", "send QUIT@19",
            ],
            script.Steps.Select(Describe));
    }

    [Fact]
    public void DoubledMarksAreSentWithOneRemoved()
    {
        var script = SmtpScriptParser.Parse("##not a comment\n!!not a directive\n###\n!!!\n# a comment\n");

        Assert.Equal(["send #not a comment@1", "send !not a directive@2", "send ##@3", "send !!@4"], script.Steps.Select(Describe));
    }

    [Fact]
    public void CommentsLeaveNoStepAndAScriptWithoutExpectationsSaysSo()
    {
        var script = SmtpScriptParser.Parse("# only\n#comments\nEHLO contoso.com");

        Assert.Equal(["send EHLO contoso.com@3"], script.Steps.Select(Describe));
        Assert.False(script.HasExpectations);
    }

    [Fact]
    public void LinesEndWithLfOrCrLfAndALastLineWithoutOneCounts()
    {
        var script = SmtpScriptParser.Parse("NOOP\r\nRSET\nQUIT");

        Assert.Equal(["send NOOP@1", "send RSET@2", "send QUIT@3"], script.Steps.Select(Describe));
    }

    [Fact]
    public void LinesAreSentExactlyAsTypedWithTheirSpaces()
    {
        var script = SmtpScriptParser.Parse("  indented body line  \n\t\n");

        Assert.Equal(["send   indented body line  @1", "send \t@2"], script.Steps.Select(Describe));
    }

    [Theory]
    [InlineData("!open localhost", "open localhost:default@1")]
    [InlineData("!open 127.0.0.1 2525", "open 127.0.0.1:2525@1")]
    [InlineData("!OPEN  mail1.fabrikam.com\t25 ", "open mail1.fabrikam.com:25@1")]
    [InlineData("!set logfile C:\\logs\\my session.log", "logfile C:\\logs\\my session.log@1")]
    [InlineData("!Set LogFile out.txt", "logfile out.txt@1")]
    [InlineData("!sleep 2", "sleep 2000@1")]
    [InlineData("!sleep 0", "sleep 0@1")]
    [InlineData("!sleep .25", "sleep 250@1")]
    [InlineData("!expect 250", "expect 250@1")]
    [InlineData("!expect   5xx  ", "expect 5xx@1")]
    [InlineData("!expect /^250 2\\.6\\.0 .* Queued/i", "expect /^250 2\\.6\\.0 .* Queued/i@1")]
    public void EveryDirectiveParsesIntoItsStep(string line, string expected)
    {
        var script = SmtpScriptParser.Parse(line);

        Assert.Empty(script.Errors);
        Assert.Equal(expected, Describe(Assert.Single(script.Steps)));
    }

    [Theory]
    [InlineData("!tls", "unknown directive '!tls'")]
    [InlineData("!", "an empty directive")]
    [InlineData("!   ", "an empty directive")]
    [InlineData("!expect", "!expect needs a reply code")]
    [InlineData("!expect 2", "'2' is not a reply code")]
    [InlineData("!expect 2500", "'2500' is not a reply code")]
    [InlineData("!expect 650", "'650' is not a reply code")]
    [InlineData("!expect x50", "'x50' is not a reply code")]
    [InlineData("!expect 2x0", "'2x0' is not a reply code")]
    [InlineData("!expect 250 2.1.0", "'250 2.1.0' is not a reply code")]
    [InlineData("!expect /(unclosed/", "bad regex /(unclosed/")]
    [InlineData("!expect /no end", "must end with /")]
    [InlineData("!expect //", "the /regex/ is empty")]
    [InlineData("!open", "!open needs a host")]
    [InlineData("!open a b c", "!open needs a host")]
    [InlineData("!open host port", "'port' is not a port")]
    [InlineData("!open host 0", "'0' is not a port")]
    [InlineData("!open host 65536", "'65536' is not a port")]
    [InlineData("!set", "!set needs a setting")]
    [InlineData("!set localecho", "unknown setting 'localecho'")]
    [InlineData("!set logfile", "!set logfile needs a file name")]
    [InlineData("!sleep", "is not a time to sleep")]
    [InlineData("!sleep -1", "'-1' is not a time to sleep")]
    [InlineData("!sleep soon", "'soon' is not a time to sleep")]
    [InlineData("!sleep 1e3", "'1e3' is not a time to sleep")]
    [InlineData("!sleep 3601", "'3601' is not a time to sleep")]
    public void ABadDirectiveIsAnErrorWithItsLineNumberAndWhy(string line, string why)
    {
        var script = SmtpScriptParser.Parse("EHLO contoso.com\n# fine so far\n" + line + "\nQUIT\n");

        var error = Assert.Single(script.Errors);
        Assert.False(script.IsValid);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains(why, error.Reason);
        Assert.StartsWith("line 3: ", error.ToString());
        Assert.Equal(["send EHLO contoso.com@1", "send QUIT@4"], script.Steps.Select(Describe));
    }

    [Fact]
    public void EveryBadLineIsReportedNotJustTheFirst()
    {
        var script = SmtpScriptParser.Parse("!nope\n!expect abc\nNOOP\n!sleep x\n");

        Assert.Equal([1, 2, 4], script.Errors.Select(e => e.LineNumber));
    }

    [Fact]
    public void TextFedInPiecesSplitAnywhereParsesAsTheWhole()
    {
        var whole = SmtpScriptParser.Parse(SeedScript.Replace("\n", "\r\n", StringComparison.Ordinal));
        var expected = whole.Steps.Select(Describe).ToList();
        var text = SeedScript.Replace("\n", "\r\n", StringComparison.Ordinal);

        for (var split = 0; split <= text.Length; split++)
        {
            var parser = new SmtpScriptParser();
            parser.Append(text.AsSpan(0, split));
            parser.Append(text.AsSpan(split));
            Assert.Equal(expected, parser.Complete().Steps.Select(Describe));
        }

        var byChar = new SmtpScriptParser();
        foreach (var c in text) byChar.Append([c]);
        Assert.Equal(expected, byChar.Complete().Steps.Select(Describe));
    }

    [Fact]
    public void AnEmptyScriptHasNoStepsAndNoErrors()
    {
        var script = SmtpScriptParser.Parse("");

        Assert.Empty(script.Steps);
        Assert.True(script.IsValid);
    }

    private static string Describe(SmtpScriptStep step) => step switch
    {
        SendLineStep send => $"send {send.Text}@{step.LineNumber}",
        ExpectStep expect => $"expect {expect.Expectation.Text}@{step.LineNumber}",
        OpenStep open => $"open {open.Host}:{open.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"}@{step.LineNumber}",
        SetLogFileStep log => $"logfile {log.Path}@{step.LineNumber}",
        SleepStep sleep => $"sleep {sleep.Duration.TotalMilliseconds}@{step.LineNumber}",
        _ => throw new InvalidOperationException("A step type the test does not know: " + step.GetType()),
    };
}
