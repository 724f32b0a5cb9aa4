using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>
/// A hand-typed session cannot go on after STARTTLS, so "authenticate" means AUTH when the server offers it in
/// clear text, and a TLS tool when it offers AUTH only over TLS.
/// </summary>
public sealed class AuthenticationNextStepTests
{
    private const string Unauthenticated = "530 5.7.1 Client was not authenticated";

    [Fact]
    public void TheSeedsUnauthenticatedSenderIsToldToAuthenticateDirectlyWhenAuthIsAdvertised()
    {
        var driver = new ConversationDriver().Ehlo("PIPELINING", "DSN", "STARTTLS", "AUTH LOGIN PLAIN");
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive(Unauthenticated);

        var next = Replies.Annotate(Unauthenticated, driver.LastContext).Next;

        Assert.Equal(
            "authenticate first (AUTH LOGIN, then MAIL FROM:<sender@contoso.com> again), or send from a host the server accepts anonymous mail from",
            next);
    }

    [Fact]
    public void AnUnauthenticatedRecipientIsToldToResetFirst()
    {
        var capabilities = Replies.Capabilities("STARTTLS", "AUTH PLAIN");
        var context = new SmtpAnnotationContext(Replies.Rcpt("RCPT TO:<kate@fabrikam.com>", "kate@fabrikam.com", true), SmtpVerb.Rcpt,
            capabilities, SenderDomain: "contoso.com");

        var next = Replies.Annotate(Unauthenticated, context).Next;

        Assert.StartsWith("authenticate first (RSET, AUTH PLAIN, then MAIL FROM:<sender@contoso.com> again)", next);
    }

    [Fact]
    public void WhenAuthIsOfferedOnlyOverTlsStartTlsIsTheNextStep()
    {
        var driver = new ConversationDriver(587).Ehlo("PIPELINING", "STARTTLS");
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("530 5.7.0 Authentication required");

        var next = Replies.Annotate("530 5.7.0 Authentication required", driver.LastContext).Next;

        Assert.Equal(
            "authentication needs TLS first: STARTTLS (TelnetLite does the TLS handshake), then EHLO again",
            next);
    }

    [Fact]
    public void WithNoEhloReplyKnownEhloComesFirst()
    {
        var context = new SmtpAnnotationContext(Replies.Plain(SmtpVerb.Mail, "MAIL FROM:<chris@contoso.com>"), SmtpVerb.Mail);

        var next = Replies.Annotate(Unauthenticated, context).Next;

        Assert.StartsWith("authenticate first (EHLO <your domain> to see whether AUTH is offered, then AUTH LOGIN)", next);
    }

    [Theory]
    [InlineData("538 5.7.11 Encryption required for requested authentication mechanism", SmtpVerb.Auth)]
    [InlineData("530 5.7.0 Must issue a STARTTLS command first", SmtpVerb.Mail)]
    [InlineData("530 5.7.0 Must issue a STARTTLS command first", SmtpVerb.Auth)]
    [InlineData("534 5.7.9 Authentication mechanism is too weak", SmtpVerb.Auth)]
    public void EveryNextStepThatNeedsTlsSaysToTypeStartTls(string reply, SmtpVerb after)
    {
        var capabilities = Replies.Capabilities("PIPELINING", "STARTTLS", "AUTH LOGIN");
        var next = Replies.Annotate(reply, new SmtpAnnotationContext(null, after, capabilities, Port: 25)).Next;

        Assert.NotNull(next);
        Assert.Contains("STARTTLS (TelnetLite does the TLS handshake), then EHLO again", next);
        Assert.DoesNotContain("openssl", next);
    }
}
