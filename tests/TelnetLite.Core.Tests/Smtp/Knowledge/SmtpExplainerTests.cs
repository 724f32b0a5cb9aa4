using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary><c>telnetlite explain</c>: reply text in, the <c>--annotate</c> lines without <c># </c> out.</summary>
public sealed class SmtpExplainerTests
{
    [Fact]
    public void WordsAndAQuotedLineGiveTheSameExplanation()
    {
        var words = SmtpExplainer.Explain(["550", "5.7.57", "Client", "not", "authenticated", "to", "send", "mail"]);
        var quoted = SmtpExplainer.Explain(["550 5.7.57 Client not authenticated to send mail"]);

        Assert.Equal(0, words.ExitCode);
        Assert.Equal(words.Lines, quoted.Lines);
    }

    [Fact]
    public void WithAfterTheLinesAreExactlyTheAnnotationLines()
    {
        var result = SmtpExplainer.Explain(["550 5.1.1 User unknown"], "RCPT");

        var annotation = SmtpAnnotator.Annotate(
            new SmtpReply(550, new EnhancedStatusCode(5, 1, 1), [new SmtpReplyLine(550, true, "5.1.1 User unknown", "550 5.1.1 User unknown")], SmtpReplyFlaws.None),
            new SmtpAnnotationContext(null, SmtpVerb.Rcpt));
        Assert.Equal(0, result.ExitCode);
        Assert.Null(result.Error);
        Assert.Equal(annotation.ToLines(), result.Lines);
        Assert.Equal("cause: the recipient does not exist in the organisation", result.Lines[1]);
        Assert.DoesNotContain(result.Lines, line => line.StartsWith('#'));
    }

    [Theory]
    [InlineData("rcpt")]
    [InlineData("Rcpt")]
    [InlineData("RCPT")]
    public void AfterTakesTheVerbInAnyCase(string after)
    {
        var result = SmtpExplainer.Explain(["250 OK"], after);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("accepted the recipient", result.Lines[0]);
    }

    [Fact]
    public void AfterConnectExplainsAGreetingAndAfterDotTheEndOfTheMessage()
    {
        Assert.Contains("greets you", SmtpExplainer.Explain(["220 mail1.fabrikam.com ESMTP"], "connect").Lines[0]);
        Assert.Contains("queued for delivery", SmtpExplainer.Explain(["250 OK"], ".").Lines[0]);
    }

    [Fact]
    public void AnUnknownAfterIsRefusedWithTheListOfCommands()
    {
        var result = SmtpExplainer.Explain(["250 OK"], "SEND");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Lines);
        Assert.Contains("SEND", result.Error);
        Assert.Contains("EHLO", result.Error);
    }

    [Fact]
    public void WithoutAfterA250IsExplainedForEveryCommandItMayAnswer()
    {
        var lines = SmtpExplainer.Explain(["250 OK"]).Lines;

        foreach (var heading in (string[])["after EHLO:", "after HELO:", "after MAIL:", "after RCPT:", "after \".\" (the end of the message):", "after RSET:", "after NOOP:"])
            Assert.Contains(heading, lines);
        var afterMail = lines[lines.ToList().IndexOf("after MAIL:") + 1];
        Assert.Contains("accepted the sender", afterMail);
    }

    [Fact]
    public void BlocksAreSeparatedByAnEmptyLine()
    {
        var lines = SmtpExplainer.Explain(["250 OK"]).Lines.ToList();

        var second = lines.IndexOf("after HELO:");
        Assert.Equal("", lines[second - 1]);
        Assert.Equal("after EHLO:", lines[0]);
    }

    [Fact]
    public void AReplyWhoseWordingNamesItsCommandIsExplainedForThatCommandOnly()
    {
        var lines = SmtpExplainer.Explain(["550 5.7.57 Client not authenticated to send mail"]).Lines;

        Assert.Equal("after MAIL:", lines[0]);
        Assert.Single(lines, line => line.StartsWith("after "));
    }

    [Fact]
    public void ACodeThatMayAnswerAnyCommandIsExplainedOnce()
    {
        var lines = SmtpExplainer.Explain(["500 5.5.2 Error: command not recognized"]).Lines;

        Assert.Equal("after any command:", lines[0]);
        Assert.Single(lines, line => line.StartsWith("after "));
    }

    [Fact]
    public void AnUnknownCodeIsExplainedByItsClass()
    {
        var result = SmtpExplainer.Explain(["473 Something"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("class 4", result.Lines[1]);
    }

    [Fact]
    public void AMultiLineEhloReplyIsExplainedAfterEhloWithItsCapabilities()
    {
        const string text = "250-mail1.fabrikam.com Hello [192.0.2.10]\r\n250-SIZE 36700160\r\n250-AUTH LOGIN PLAIN\r\n250 STARTTLS\r\n";

        var lines = SmtpExplainer.ExplainText(text).Lines;

        Assert.Equal("after EHLO:", lines[0]);
        Assert.Contains("SIZE 35 MiB", lines[1]);
        Assert.Contains("capability: SIZE 36700160 — largest message 35 MiB (RFC 1870)", lines);
        Assert.Contains(lines, line => line.StartsWith("capability: AUTH LOGIN PLAIN — authentication with LOGIN"));
        Assert.Contains(lines, line => line.StartsWith("capability: STARTTLS — "));
    }

    [Fact]
    public void StandardInputMayHoldSeveralRepliesSeparatedByAnEmptyLineInTheOutput()
    {
        const string text = "220 mail1.fabrikam.com ESMTP\n\n250-mail1.fabrikam.com\n250 8BITMIME\n221 2.0.0 Bye\n";

        var result = SmtpExplainer.ExplainText(text, "QUIT");

        Assert.Equal(0, result.ExitCode);
        var headlines = result.Lines.Where(line => line.Length > 0 && char.IsAsciiDigit(line[0])).ToList();
        Assert.Equal(3, headlines.Count);
        Assert.StartsWith("220 ", headlines[0]);
        Assert.StartsWith("250 ", headlines[1]);
        Assert.StartsWith("221 2.0.0 ", headlines[2]);
        Assert.Equal(2, result.Lines.Count(line => line.Length == 0));
    }

    [Fact]
    public void AMultiLineReplyGivenAsOneArgumentIsRead()
    {
        var result = SmtpExplainer.Explain(["250-mail1.fabrikam.com\n250 PIPELINING"], "EHLO");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PIPELINING", result.Lines[0]);
    }

    [Theory]
    [InlineData("hello world")]
    [InlineData("25 OK")]
    [InlineData("2500 OK")]
    [InlineData("OK 250")]
    [InlineData("")]
    [InlineData("   \n  \n")]
    public void TextThatIsNotAReplyExitsWithOneAndSaysWhy(string text)
    {
        var result = SmtpExplainer.ExplainText(text);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Lines);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Contains("three-digit code", result.Error);
    }

    [Fact]
    public void AGarbageLineAmongRepliesIsNamedByItsLineNumber()
    {
        var result = SmtpExplainer.ExplainText("250 OK\nMAIL FROM:<chris@contoso.com>\n");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("line 2 is not an SMTP reply", result.Error);
    }

    [Fact]
    public void AMultiLineReplyWithoutItsLastLineIsExplainedWithANoteThatItGoesOn()
    {
        var result = SmtpExplainer.ExplainText("250-mail1.fabrikam.com\n250-PIPELINING\n");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("note: every line given ends with a hyphen (250-): the reply goes on", result.Lines[0]);
        Assert.Contains(result.Lines, line => line.Contains("PIPELINING", StringComparison.Ordinal));
    }

    [Fact]
    public void ASingleContinuationLineIsExplainedNotRefused()
    {
        var result = SmtpExplainer.ExplainText("550-5.1.1 The email account that you tried to reach does not exist. Please try");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("note: this is a continuation line (550- with a hyphen)", result.Lines[0]);
        Assert.Contains(result.Lines, line => line.StartsWith("550 5.1.1 permanent failure: the server refused the recipient: no such mailbox", StringComparison.Ordinal));
    }

    [Fact]
    public void NoWordsAtAllIsNotAReply()
    {
        Assert.Equal(1, SmtpExplainer.Explain([]).ExitCode);
    }

    [Fact]
    public void AFlawedButRecognisableReplyIsExplainedAsAProtocolWarning()
    {
        var result = SmtpExplainer.Explain(["250OK"], "NOOP");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("250 protocol warning: ", result.Lines[0]);
    }

    [Fact]
    public void TheSeedsWalkthroughRepliesAreAllExplained()
    {
        const string replies = """
            220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at Sun, 29 Nov 2026 06:12:00 +0000
            250 mail1.fabrikam.com Hello [192.0.2.10]
            250 2.1.0 Sender OK
            250 2.1.5 Recipient OK
            354 Start mail input; end with <CRLF>.<CRLF>
            250 2.6.0 <GUID> Queued mail for delivery
            221 2.0.0 Service closing transmission channel
            """;

        var result = SmtpExplainer.ExplainText(replies);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["after connect (the greeting):", "after EHLO:", "after HELO:", "after MAIL:", "after RCPT:", "after DATA:", "after \".\" (the end of the message):", "after QUIT:"],
            result.Lines.Where(line => line.StartsWith("after ")));
    }

    [Theory]
    [InlineData("connect", SmtpVerb.Connect)]
    [InlineData(".", SmtpVerb.EndOfData)]
    [InlineData("starttls", SmtpVerb.StartTls)]
    [InlineData("LHLO", SmtpVerb.Lhlo)]
    [InlineData("etrn", SmtpVerb.Etrn)]
    public void TryParseCommandKnowsThePseudoCommandsAndTheVerbs(string name, SmtpVerb verb)
    {
        Assert.True(SmtpExplainer.TryParseCommand(name, out var parsed));
        Assert.Equal(verb, parsed);
    }
}
