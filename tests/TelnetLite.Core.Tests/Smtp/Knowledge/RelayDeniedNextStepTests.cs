using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>After a relay denial, the next step offers only what the server advertised.</summary>
public sealed class RelayDeniedNextStepTests
{
    private const string RelayDenied = "554 5.7.1 <kate@fabrikam.com>: Relay access denied";

    private static SmtpAnnotation Annotate(SmtpCapabilities? capabilities, bool tls = false, bool authenticated = false) =>
        Replies.Annotate(RelayDenied, new SmtpAnnotationContext(
            Replies.Rcpt("RCPT TO:<kate@fabrikam.com>", "kate@fabrikam.com", true), SmtpVerb.Rcpt, capabilities, 25, tls, authenticated,
            SenderDomain: "contoso.com"));

    [Fact]
    public void WithNoEhloReplyKnownEhloIsSuggestedToSeeWhetherAuthIsOffered()
    {
        Assert.Equal(
            "RCPT TO:<someone in a domain this server hosts>; to relay, authenticate first: EHLO contoso.com to see whether AUTH is offered, then AUTH LOGIN",
            Annotate(null).Next);
    }

    [Fact]
    public void AServerOfferingAuthIsAskedToAuthenticateAfterRset()
    {
        var next = Annotate(Replies.Capabilities("STARTTLS", "AUTH CRAM-MD5 PLAIN")).Next;

        Assert.Equal(
            "RCPT TO:<someone in a domain this server hosts>; to relay, authenticate first: RSET, AUTH PLAIN, then MAIL FROM:<sender@contoso.com> again",
            next);
    }

    [Fact]
    public void AServerOfferingOnlyStartTlsPointsToStartTlsBeforeAnyAuth()
    {
        var next = Annotate(Replies.Capabilities([.. ConversationDriver.PostfixCapabilities])).Next;

        Assert.Equal(
            "RCPT TO:<someone in a domain this server hosts>; to relay, authenticate: AUTH is probably offered over TLS: " +
            "STARTTLS (TelnetLite does the TLS handshake), then EHLO again, then AUTH",
            next);
        Assert.DoesNotContain("AUTH LOGIN", next);
    }

    [Theory]
    [InlineData(false, "PIPELINING", "DSN")]
    [InlineData(true, "PIPELINING", "STARTTLS")]
    public void AServerOfferingNeitherRelaysOnlyForTheClientAddressesItAllows(bool tls, params string[] keywords)
    {
        var next = Annotate(Replies.Capabilities(keywords), tls).Next;

        Assert.Equal(
            "RCPT TO:<someone in a domain this server hosts> (the server calls itself mail1.fabrikam.com); the server offers no AUTH, " +
            "so it relays only for client addresses it allows: relay from one of those, or connect to the recipient domain's MX host",
            next);
    }

    [Fact]
    public void AnAuthenticatedClientIsNotToldToAuthenticateAgain()
    {
        var next = Annotate(Replies.Capabilities("AUTH LOGIN"), tls: true, authenticated: true).Next;

        Assert.StartsWith("RCPT TO:<someone in a domain this server hosts> (the server calls itself mail1.fabrikam.com); you are authenticated yet may not relay", next);
        Assert.DoesNotContain("AUTH LOGIN", next);
    }

    [Fact]
    public void ThePostfixRelayDenialFixtureGetsTheStartTlsHint()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("250 2.1.0 Ok");
        driver.Send("RCPT TO:<kate@fabrikam.com>");
        driver.Receive(RelayDenied);

        var next = Replies.Annotate(RelayDenied, driver.LastContext).Next;

        Assert.StartsWith(
            "RCPT TO:<someone in a domain this server hosts>; to relay, authenticate: AUTH is probably offered over TLS: STARTTLS",
            next);
        Assert.DoesNotContain("STARTTLS,", next);
    }
}
