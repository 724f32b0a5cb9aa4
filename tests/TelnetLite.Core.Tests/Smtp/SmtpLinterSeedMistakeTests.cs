using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

/// <summary>The seed's own mistakes are caught while typing, before the line is sent, and explained when a lenient server accepts them.</summary>
public sealed class SmtpLinterSeedMistakeTests
{
    [Fact]
    public void AnAddressWithoutAnAtIsSaidToHaveNoAt()
    {
        var driver = new ConversationDriver().Ehlo();

        var warning = Assert.Single(SmtpLinter.Lint("MAIL FROM:chris.contoso.com", driver.Conversation), w => w.Rule == SmtpLintRule.AddressWithoutAt);

        Assert.StartsWith("the address \"chris.contoso.com\" has no @", warning.Problem);
        Assert.Equal("MAIL FROM:<sender@contoso.com>", warning.Fix);
    }

    [Fact]
    public void AnUnderscoreInTheEhloNameIsWarned()
    {
        var driver = new ConversationDriver().Greet();

        var warning = Assert.Single(SmtpLinter.Lint("EHLO contoso_com", driver.Conversation));

        Assert.Equal(SmtpLintRule.InvalidHelloName, warning.Rule);
        Assert.Contains("an underscore is not allowed", warning.Problem);
        Assert.Contains("501 5.5.4 Invalid domain name", warning.LikelyAnswer);
    }

    [Fact]
    public void RcptBeforeMailIsWarned()
    {
        var driver = new ConversationDriver().Ehlo();

        Assert.Contains(SmtpLinter.Lint("RCPT TO:<kate@fabrikam.com>", driver.Conversation), w => w.Rule == SmtpLintRule.RcptBeforeMail);
    }

    [Fact]
    public void RcptAfterAnAcceptedMailIsNotWarned()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("250 2.1.0 Ok");

        Assert.DoesNotContain(SmtpLinter.Lint("RCPT TO:<kate@fabrikam.com>", driver.Conversation), w => w.Rule == SmtpLintRule.RcptBeforeMail);
    }

    [Fact]
    public void DataAfterTheOnlyRecipientWasRefusedIsWarned()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("250 2.1.0 Ok");
        driver.Send("RCPT TO:<kate@fabrikam.com>");
        driver.Receive("550 5.1.1 User unknown");

        Assert.Contains(SmtpLinter.Lint("DATA", driver.Conversation), w => w.Rule == SmtpLintRule.DataWithoutRecipient);
    }

    [Fact]
    public void ALineAlreadyDoubledIsNotToldToDoubleItsDotAgain()
    {
        var driver = new ConversationDriver().InMessage();

        Assert.DoesNotContain(SmtpLinter.Lint("..dot line", driver.Conversation), w => w.Rule == SmtpLintRule.LeadingDot);
        Assert.Contains(SmtpLinter.Lint(".dot line", driver.Conversation), w => w.Rule == SmtpLintRule.LeadingDot);
    }

    [Fact]
    public void ANonAsciiEhloNameIsOfferedItsALabelWithoutSmtpUtf8()
    {
        var driver = new ConversationDriver().Greet();

        var warning = Assert.Single(SmtpLinter.Lint("EHLO テスト.example", driver.Conversation));

        Assert.Equal(SmtpLintRule.NonAsciiDomain, warning.Rule);
        Assert.Contains("xn--zckzah.example", warning.Problem);
        Assert.Equal("EHLO xn--zckzah.example", warning.Fix);
    }

    [Fact]
    public void AnIdnAddressIsOfferedItsALabelAndTheNextStepsNeverRepeatTheNonAsciiForm()
    {
        var driver = new ConversationDriver().Ehlo("PIPELINING", "8BITMIME");
        var warning = Assert.Single(SmtpLinter.Lint("MAIL FROM:<chris@テスト.example>", driver.Conversation), w => w.Rule == SmtpLintRule.NonAsciiDomain);
        driver.Send("MAIL FROM:<chris@テスト.example>");
        driver.Receive("553 5.6.7 Must declare SMTPUTF8 to send unicode address");

        var annotation = Replies.Annotate("553 5.6.7 Must declare SMTPUTF8 to send unicode address", driver.LastContext);

        Assert.Equal("MAIL FROM:<chris@xn--zckzah.example>", warning.Fix);
        Assert.DoesNotContain("テスト", string.Join('\n', annotation.ToLines()).Replace("\"テスト.example\"", "", StringComparison.Ordinal));
        Assert.DoesNotContain("テスト", annotation.Next);
    }

    [Fact]
    public void AnIdnDomainIsNotWarnedWhenTheServerAdvertisesSmtpUtf8()
    {
        var driver = new ConversationDriver().Ehlo("SMTPUTF8");

        Assert.DoesNotContain(SmtpLinter.Lint("MAIL FROM:<chris@テスト.example>", driver.Conversation), w => w.Rule is SmtpLintRule.NonAsciiDomain or SmtpLintRule.NonAscii);
    }

    [Fact]
    public void ALenientServerAcceptingAnAddressWithoutAtIsSaidToHaveAcceptedSomethingThatWillBounce()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:chris.contoso.com");
        driver.Receive("250 2.1.0 Ok");

        var annotation = Replies.Annotate("250 2.1.0 Ok", driver.LastContext);

        Assert.Contains("\"chris.contoso.com\" has no @ and no domain: the server takes it for a local user name of its own", annotation.Meaning);
        Assert.Contains("bounces", annotation.Meaning);
    }
}
