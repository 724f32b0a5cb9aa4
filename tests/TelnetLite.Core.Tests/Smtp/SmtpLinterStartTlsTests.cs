using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

/// <summary>TelnetLite does the TLS handshake after STARTTLS; the linter warns only when STARTTLS itself is a mistake.</summary>
public sealed class SmtpLinterStartTlsTests
{
    [Fact]
    public void StartTlsAfterEhloToAServerThatOffersItDrawsNoWarning()
    {
        var driver = new ConversationDriver(587).Ehlo("PIPELINING", "STARTTLS", "AUTH PLAIN LOGIN");

        Assert.Empty(SmtpLinter.Lint("STARTTLS", driver.Conversation));
    }

    [Fact]
    public void StartTlsToAServerThatDidNotOfferItIsWarnedWithTheSubmissionPortsAsTheWayOut()
    {
        var driver = new ConversationDriver().Ehlo("PIPELINING", "SIZE 10240000");

        var warning = Assert.Single(SmtpLinter.Lint("starttls", driver.Conversation));

        Assert.Equal(SmtpLintRule.StartTlsNotOffered, warning.Rule);
        Assert.Equal("the server did not advertise STARTTLS in its EHLO reply", warning.Problem);
        Assert.Contains("open --tls HOST 465", warning.Fix);
    }

    [Fact]
    public void StartTlsBeforeEhloIsWarnedToSendEhloFirst()
    {
        var driver = new ConversationDriver();

        var warning = Assert.Single(SmtpLinter.Lint("STARTTLS", driver.Conversation), w => w.Rule == SmtpLintRule.StartTlsBeforeHello);

        Assert.Equal("EHLO your-domain first, then STARTTLS if the reply lists it", warning.Fix);
    }

    [Fact]
    public void AuthWhereTheServerWantsTlsFirstSaysToStartTlsHere()
    {
        var driver = new ConversationDriver(587).Ehlo("PIPELINING", "STARTTLS");

        var warning = Assert.Single(SmtpLinter.Lint("AUTH LOGIN", driver.Conversation));

        Assert.Equal(SmtpLintRule.AuthBeforeStartTls, warning.Rule);
        Assert.Equal("AUTH here needs TLS first: STARTTLS (TelnetLite does the TLS handshake), then EHLO again", warning.Fix);
    }

    [Fact]
    public void AuthInClearBesideStartTlsIsWarnedBeforeTheCredentialsGoOut()
    {
        var driver = new ConversationDriver(587).Ehlo("STARTTLS", "AUTH PLAIN LOGIN");

        var warning = Assert.Single(SmtpLinter.Lint("AUTH PLAIN AGNocmlzAGRlbW8=", driver.Conversation));

        Assert.Equal(SmtpLintRule.AuthInClear, warning.Rule);
        Assert.Contains("readable by anyone on the path", warning.Problem);
        Assert.StartsWith("STARTTLS", warning.Fix);
    }
}
