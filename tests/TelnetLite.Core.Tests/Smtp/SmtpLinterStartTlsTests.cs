using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

/// <summary>TelnetLite cannot do the TLS handshake after STARTTLS yet, so the linter says so before the line goes out.</summary>
public sealed class SmtpLinterStartTlsTests
{
    [Fact]
    public void StartTlsIsWarnedThatTheSessionCannotGoOnAndAuthIsOfferedInsteadWhenAdvertised()
    {
        var driver = new ConversationDriver(587).Ehlo("PIPELINING", "STARTTLS", "AUTH PLAIN LOGIN");

        var warning = Assert.Single(SmtpLinter.Lint("STARTTLS", driver.Conversation));

        Assert.Equal(SmtpLintRule.StartTlsUnsupported, warning.Rule);
        Assert.Equal("after STARTTLS the server expects a TLS handshake, which TelnetLite (like telnet) cannot do yet", warning.Problem);
        Assert.Contains("cannot go on in clear text", warning.LikelyAnswer);
        Assert.Equal(
            "AUTH LOGIN directly: the server offers AUTH without TLS; to test TLS: openssl s_client -starttls smtp -connect <host>:587, or swaks --tls --server <host>:587",
            warning.Fix);
    }

    [Fact]
    public void WithoutAuthAdvertisedTheWarningNamesOnlyTheTlsTools()
    {
        var driver = new ConversationDriver().Ehlo();

        var warning = Assert.Single(SmtpLinter.Lint("starttls", driver.Conversation));

        Assert.Equal(SmtpLintRule.StartTlsUnsupported, warning.Rule);
        Assert.Equal("to test TLS: openssl s_client -starttls smtp -connect <host>:25, or swaks --tls --server <host>:25", warning.Fix);
    }

    [Fact]
    public void AuthWhereTheServerWantsTlsFirstPointsToATlsToolNotToStartTls()
    {
        var driver = new ConversationDriver(587).Ehlo("PIPELINING", "STARTTLS");

        var warning = Assert.Single(SmtpLinter.Lint("AUTH LOGIN", driver.Conversation));

        Assert.Equal(SmtpLintRule.AuthBeforeStartTls, warning.Rule);
        Assert.Equal(
            "AUTH here needs TLS first, which TelnetLite (like telnet) cannot do yet: test it with openssl s_client -starttls smtp -connect <host>:587, or swaks --tls --server <host>:587",
            warning.Fix);
    }
}
