using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpLinterTests
{
    private static List<SmtpLintRule> Rules(string line, ConversationDriver driver) =>
        SmtpLinter.Lint(line, driver.Conversation).Select(w => w.Rule).ToList();

    [Fact]
    public void TheSeedsMailFromWithoutAngleBracketsIsWarnedWithTheCorrectForm()
    {
        var driver = new ConversationDriver().Ehlo();
        var warning = Assert.Single(SmtpLinter.Lint("MAIL FROM:chris@contoso.com", driver.Conversation));
        Assert.Equal(SmtpLintRule.MissingAngleBrackets, warning.Rule);
        Assert.Equal("MAIL FROM:<chris@contoso.com>", warning.Fix);
        Assert.StartsWith("warning: the address of MAIL FROM has no angle brackets", warning.ToLines()[0]);
        Assert.Contains("501 5.1.7", warning.LikelyAnswer);
        Assert.Equal("next: MAIL FROM:<chris@contoso.com>", warning.ToLines()[1]);
    }

    [Fact]
    public void TheSeedsRcptToWithoutAngleBracketsKeepsItsNotifyInTheFix()
    {
        var driver = new ConversationDriver().WithRecipient();
        var warning = Assert.Single(SmtpLinter.Lint("RCPT TO:kate@fabrikam.com NOTIFY=success,failure", driver.Conversation));
        Assert.Equal(SmtpLintRule.MissingAngleBrackets, warning.Rule);
        Assert.Equal("RCPT TO:<kate@fabrikam.com> NOTIFY=success,failure", warning.Fix);
    }

    [Theory]
    [InlineData("MAIL FROM: <chris@contoso.com>")]
    [InlineData("MAIL FROM :<chris@contoso.com>")]
    [InlineData("RCPT TO: <kate@fabrikam.com>")]
    public void ASpaceAroundTheColonIsWarned(string line)
    {
        var driver = new ConversationDriver().Ehlo();
        Assert.Contains(SmtpLintRule.SpaceAroundColon, Rules(line, driver));
    }

    [Fact]
    public void AWellFormedMailFromAfterEhloHasNoWarning() =>
        Assert.Empty(Rules("MAIL FROM:<chris@contoso.com>", new ConversationDriver().Ehlo()));

    [Fact]
    public void MailBeforeEhloIsWarned()
    {
        var warnings = SmtpLinter.Lint("MAIL FROM:<chris@contoso.com>", new ConversationDriver().Greet().Conversation);
        var warning = Assert.Single(warnings);
        Assert.Equal(SmtpLintRule.MailBeforeHello, warning.Rule);
        Assert.Contains("503 5.5.1 Error: send HELO/EHLO first", warning.LikelyAnswer);
    }

    [Fact]
    public void MailRightBehindAPipelinedEhloIsNotCalledMailBeforeHello()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO contoso.com");
        Assert.DoesNotContain(SmtpLintRule.MailBeforeHello, Rules("MAIL FROM:<chris@contoso.com>", driver));
    }

    [Fact]
    public void MailAfterStartTlsWithoutANewEhloIsWarned()
    {
        var driver = new ConversationDriver(587).Ehlo("STARTTLS");
        driver.Send("STARTTLS");
        driver.Receive("220 2.0.0 Ready to start TLS");
        Assert.Equal([SmtpLintRule.HelloAfterStartTls], Rules("MAIL FROM:<chris@contoso.com>", driver));
        Assert.Equal([SmtpLintRule.HelloAfterStartTls], Rules("AUTH LOGIN", driver));
    }

    [Fact]
    public void DataWithNoAcceptedRecipientIsWarned()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("250 2.1.0 Ok");
        driver.Send("RCPT TO:<x@fabrikam.com>");
        driver.Receive("550 5.1.1 User unknown");

        var warning = Assert.Single(SmtpLinter.Lint("DATA", driver.Conversation));
        Assert.Equal(SmtpLintRule.DataWithoutRecipient, warning.Rule);
        Assert.Contains("554 5.5.1 Error: no valid recipients", warning.LikelyAnswer);
    }

    [Fact]
    public void DataAfterAnAcceptedRecipientOrBehindAPipelinedRcptIsFine()
    {
        Assert.Empty(Rules("DATA", new ConversationDriver().WithRecipient()));

        var pipelined = new ConversationDriver().Ehlo();
        pipelined.SendAll("MAIL FROM:<chris@contoso.com>", "RCPT TO:<kate@fabrikam.com>");
        Assert.Empty(Rules("DATA", pipelined));
    }

    [Fact]
    public void TypingWhileAReplyIsPendingWithoutPipeliningIsWarned()
    {
        var driver = new ConversationDriver().Ehlo("SIZE", "8BITMIME");
        driver.Send("MAIL FROM:<chris@contoso.com>");
        var warning = Assert.Single(SmtpLinter.Lint("RCPT TO:<kate@fabrikam.com>", driver.Conversation));
        Assert.Equal(SmtpLintRule.ReplyPending, warning.Rule);
        Assert.Contains("MAIL", warning.Problem);
        Assert.Contains("PIPELINING", warning.Problem);
    }

    [Fact]
    public void TypingBehindGroupableCommandsIsFineWhenPipeliningWasAdvertised()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        Assert.Empty(Rules("RCPT TO:<kate@fabrikam.com>", driver));
    }

    [Fact]
    public void TypingBehindAnUnansweredEhloIsWarnedEvenWithPipelining()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("EHLO contoso.com");
        Assert.Equal([SmtpLintRule.ReplyPending], Rules("MAIL FROM:<chris@contoso.com>", driver));
    }

    [Fact]
    public void TypingBeforeTheGreetingIsWarned()
    {
        var warning = Assert.Single(SmtpLinter.Lint("EHLO contoso.com", new ConversationDriver().Conversation));
        Assert.Equal(SmtpLintRule.ReplyPending, warning.Rule);
        Assert.Contains("554 5.5.0 Error: SMTP protocol synchronization", warning.LikelyAnswer);
    }

    [Fact]
    public void TypingBehindAnUnansweredDataSaysToWaitFor354()
    {
        var driver = new ConversationDriver().WithRecipient();
        driver.Send("DATA");
        var warning = Assert.Single(SmtpLinter.Lint("Subject: Test from Contoso", driver.Conversation));
        Assert.Equal(SmtpLintRule.ReplyPending, warning.Rule);
        Assert.Contains("354", warning.Fix);
    }

    [Fact]
    public void ASecondMailWithoutRsetIsWarned()
    {
        var driver = new ConversationDriver().WithRecipient();
        var warning = Assert.Single(SmtpLinter.Lint("MAIL FROM:<chris@contoso.com>", driver.Conversation));
        Assert.Equal(SmtpLintRule.NestedMail, warning.Rule);
        Assert.Contains("503 5.5.1 Error: nested MAIL command", warning.LikelyAnswer);

        driver.Send("RSET");
        driver.Receive("250 2.0.0 Ok");
        Assert.Empty(Rules("MAIL FROM:<chris@contoso.com>", driver));
    }

    [Fact]
    public void AuthBeforeStartTlsIsWarnedWhenTheServerOffersOnlyStartTls()
    {
        var driver = new ConversationDriver(587).Ehlo("PIPELINING", "STARTTLS");
        var warning = Assert.Single(SmtpLinter.Lint("AUTH LOGIN", driver.Conversation));
        Assert.Equal(SmtpLintRule.AuthBeforeStartTls, warning.Rule);
        Assert.Contains("530 5.7.0 Must issue a STARTTLS command first", warning.LikelyAnswer);

        // Offered in clear beside STARTTLS, AUTH would expose the credentials: warned too (issue 10), by its own rule.
        Assert.Equal([SmtpLintRule.AuthInClear], Rules("AUTH LOGIN", new ConversationDriver(587).Ehlo("STARTTLS", "AUTH LOGIN PLAIN")));
    }

    [Theory]
    [InlineData("RCPT TO:<kate@fabrikam.com> NOTIFY=SUCCESS,FAILURE", "NOTIFY")]
    [InlineData("RCPT TO:<kate@fabrikam.com> ORCPT=rfc822;kate@fabrikam.com", "ORCPT")]
    public void DsnParametersWithoutDsnAdvertisedAreWarned(string line, string keyword)
    {
        var driver = new ConversationDriver().Ehlo("PIPELINING", "8BITMIME");
        driver.Send("MAIL FROM:<chris@contoso.com> RET=HDRS");
        driver.Receive("250 2.1.0 Ok");
        var warning = Assert.Single(SmtpLinter.Lint(line, driver.Conversation));
        Assert.Equal(SmtpLintRule.DsnNotAdvertised, warning.Rule);
        Assert.Contains(keyword, warning.Problem);

        var withDsn = new ConversationDriver().Ehlo();
        withDsn.Send("MAIL FROM:<chris@contoso.com>");
        withDsn.Receive("250 2.1.0 Ok");
        Assert.Empty(Rules(line, withDsn));
    }

    [Fact]
    public void MailRetWithoutDsnIsWarned() =>
        Assert.Equal([SmtpLintRule.DsnNotAdvertised], Rules("MAIL FROM:<chris@contoso.com> RET=HDRS", new ConversationDriver().Ehlo("8BITMIME")));

    [Fact]
    public void NonAsciiInACommandWithoutSmtpUtf8IsWarned()
    {
        Assert.Equal([SmtpLintRule.NonAscii], Rules("RCPT TO:<k\u00e4te@fabrikam.com>", new ConversationDriver().WithRecipient("8BITMIME")));
        Assert.Empty(Rules("RCPT TO:<k\u00e4te@fabrikam.com>", new ConversationDriver().WithRecipient("SMTPUTF8")));
    }

    [Fact]
    public void NonAsciiInTheMessageWithoutEightBitMimeOrSmtpUtf8IsWarned()
    {
        Assert.Equal([SmtpLintRule.NonAscii], Rules("Gr\u00fc\u00dfe", new ConversationDriver().InMessage("PIPELINING")));
        Assert.Empty(Rules("Gr\u00fc\u00dfe", new ConversationDriver().InMessage("8BITMIME")));
    }

    [Fact]
    public void ACommandOver512OctetsIsWarned()
    {
        var driver = new ConversationDriver().Ehlo();
        Assert.Empty(Rules("NOOP " + new string('x', 505), driver));
        Assert.Equal([SmtpLintRule.CommandTooLong], Rules("NOOP " + new string('x', 506), driver));
    }

    [Fact]
    public void AMessageLineOver998OctetsIsWarned()
    {
        var driver = new ConversationDriver().InMessage();
        Assert.Empty(Rules(new string('x', 998), driver));
        Assert.Equal([SmtpLintRule.TextLineTooLong], Rules(new string('x', 999), driver));
    }

    [Fact]
    public void ABodyLineRightAfterTheHeadersWithoutABlankLineIsWarned()
    {
        var driver = new ConversationDriver().InMessage();
        Assert.Empty(Rules("Subject: Test from Contoso", driver));
        driver.Send("Subject: Test from Contoso");

        var warning = Assert.Single(SmtpLinter.Lint("This is a test message", driver.Conversation));
        Assert.Equal(SmtpLintRule.MissingBlankLineAfterHeaders, warning.Rule);
        Assert.Contains("554 5.6.0", warning.LikelyAnswer);
        Assert.Empty(Rules("From: chris@contoso.com", driver));
        Assert.Empty(Rules("\tfolded", driver));
        Assert.Empty(Rules("", driver));

        driver.Send("");
        Assert.Empty(Rules("This is a test message", driver));
    }

    [Fact]
    public void AMessageWithoutHeadersIsNotWarnedAboutTheBlankLine()
    {
        var driver = new ConversationDriver().InMessage();
        driver.Send("Just a body");
        Assert.Empty(Rules("and more body", driver));
    }

    [Fact]
    public void AMessageLineStartingWithADotIsWarnedToBeDoubled()
    {
        var warning = Assert.Single(SmtpLinter.Lint(".hidden", new ConversationDriver().InMessage().Conversation));
        Assert.Equal(SmtpLintRule.LeadingDot, warning.Rule);
        Assert.Contains("RFC 5321 §4.5.2", warning.Problem);
        Assert.Equal("double the dot (\"..hidden\") to keep it", warning.Fix);
    }

    [Theory]
    [InlineData(". ")]
    [InlineData(" .")]
    public void ADotWithBlanksIsWarnedThatItDoesNotEndTheMessage(string line) =>
        Assert.Equal([SmtpLintRule.DotNotAlone], Rules(line, new ConversationDriver().InMessage()));

    [Fact]
    public void TheLoneDotGetsTheReminderThatItEndsTheMessage()
    {
        var warning = Assert.Single(SmtpLinter.Lint(".", new ConversationDriver().InMessage().Conversation));
        Assert.Equal(SmtpLintRule.EndOfMessageReminder, warning.Rule);
        Assert.True(warning.IsReminder);
        Assert.Null(warning.Fix);
        Assert.Single(warning.ToLines());
    }

    [Fact]
    public void MessageLinesAreNotLintedAsCommands() =>
        Assert.Empty(Rules("MAIL FROM:x", new ConversationDriver().InMessage()));

    [Fact]
    public void TheAnswerToAnAuthChallengeIsNotLinted()
    {
        var driver = new ConversationDriver().Ehlo("AUTH LOGIN");
        driver.Send("AUTH LOGIN");
        driver.Receive("334 VXNlcm5hbWU6");
        Assert.Empty(Rules("MAIL FROM:x \u00e4", driver));
    }

    [Fact]
    public void LintingChangesNothing()
    {
        var driver = new ConversationDriver().InMessage();
        SmtpLinter.Lint(".", driver.Conversation);
        SmtpLinter.Lint("Subject: x", driver.Conversation);
        Assert.Equal(SmtpPhase.Message, driver.Conversation.Phase);
        Assert.Equal(0, driver.Conversation.MessageLines);
    }
}
