using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

/// <summary>A fix never puts an invalid address in brackets: that would look right and fail the same way.</summary>
public sealed class SmtpLinterAddressFixTests
{
    [Fact]
    public void TheSeedsInvalidSenderGetsAPlaceholderWithTheKnownDomain()
    {
        var driver = new ConversationDriver().Ehlo();

        var warning = Assert.Single(SmtpLinter.Lint("MAIL FROM:chris.contoso.com", driver.Conversation), w => w.Rule == SmtpLintRule.MissingAngleBrackets);

        Assert.Equal(SmtpLintRule.MissingAngleBrackets, warning.Rule);
        Assert.Equal("MAIL FROM:<sender@contoso.com>", warning.Fix);
    }

    [Fact]
    public void WithNoDomainKnownTheSenderPlaceholderNamesYourDomain()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO contoso_com");
        driver.Receive("501 5.5.4 Invalid domain name");
        driver.Send("HELO [192.0.2.10]");
        driver.Receive("250 mail1.fabrikam.com Hello [192.0.2.10]");

        var warning = Assert.Single(SmtpLinter.Lint("MAIL FROM:chris.contoso.com", driver.Conversation), w => w.Rule == SmtpLintRule.MissingAngleBrackets);

        Assert.Equal("MAIL FROM:<sender@your-domain>", warning.Fix);
    }

    [Theory]
    [InlineData("RCPT TO:kate", "RCPT TO:<recipient@domain>")]
    [InlineData("RCPT TO: <kate@fabrikam_com>", "RCPT TO:<recipient@domain>")]
    [InlineData("RCPT TO:kate@fabrikam.com SIZE=10", "RCPT TO:<kate@fabrikam.com> SIZE=10")]
    [InlineData("RCPT TO:kate@[192.0.2.10]", "RCPT TO:<kate@[192.0.2.10]>")]
    public void ARecipientIsRepeatedOnlyWhenValid(string line, string fix)
    {
        var driver = new ConversationDriver().WithRecipient();

        var warning = SmtpLinter.Lint(line, driver.Conversation)
            .First(w => w.Rule is SmtpLintRule.MissingAngleBrackets or SmtpLintRule.SpaceAroundColon);

        Assert.Equal(fix, warning.Fix);
    }

    [Fact]
    public void TheNullSenderWithASpaceKeepsItsEmptyBrackets()
    {
        var driver = new ConversationDriver().Ehlo();

        var warning = Assert.Single(SmtpLinter.Lint("MAIL FROM: <>", driver.Conversation));

        Assert.Equal("MAIL FROM:<>", warning.Fix);
    }
}
