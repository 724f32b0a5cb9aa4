using TelnetLite.Core.Assist;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>Every reply of the seed's table (../shared/seed/README.md), after its command, with the seed's own words.</summary>
public sealed class SeedReplyAnnotationTests
{
    private static readonly SmtpAnnotationContext NoDomain = new(null, null);

    [Fact]
    public void TheGreetingIsASuccessWhoseNextStepIsEhlo()
    {
        var annotation = Replies.Annotate("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at Sun, 29 Nov 2026 06:12:00 +0000", SmtpVerb.Connect);

        Assert.Equal(AssistSeverity.Success, annotation.Severity);
        Assert.Contains("mail1.fabrikam.com", annotation.Meaning);
        Assert.Contains("ESMTP", annotation.Meaning);
        Assert.Empty(annotation.Causes);
        Assert.StartsWith("EHLO ", annotation.Next);
    }

    [Fact]
    public void TheGreetingSuggestsEhloWithTheUsersDomainWhenItIsKnown()
    {
        var context = new SmtpAnnotationContext(null, SmtpVerb.Connect, SenderDomain: "contoso.com");

        var annotation = Replies.Annotate("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready", context);

        Assert.Equal("EHLO contoso.com", annotation.Next);
    }

    [Fact]
    public void TheEhloSuccessSaysTheGreetingWasAcceptedAndSuggestsMailFrom()
    {
        var context = new SmtpAnnotationContext(Replies.Plain(SmtpVerb.Ehlo, "EHLO contoso.com"), SmtpVerb.Ehlo, SenderDomain: "contoso.com");

        var annotation = Replies.Annotate("250 mail1.fabrikam.com Hello [192.0.2.10]", context);

        Assert.Equal(AssistSeverity.Success, annotation.Severity);
        Assert.Contains("accepted your greeting", annotation.Meaning);
        Assert.Equal("MAIL FROM:<sender@contoso.com>", annotation.Next);
    }

    [Fact]
    public void AnInvalidDomainNameAfterEhloCarriesTheSeedsCause()
    {
        var annotation = Replies.Annotate("501 5.5.4 Invalid domain name", SmtpVerb.Ehlo);

        Assert.Equal(AssistSeverity.PermanentFailure, annotation.Severity);
        Assert.Equal("invalid characters in the domain name, or a connection restriction on the target server", annotation.Causes[0]);
        Assert.StartsWith("EHLO", annotation.Next);
    }

    [Fact]
    public void TheSenderAcceptedAfterMailFromSuggestsRcptTo()
    {
        var annotation = Replies.Annotate("250 2.1.0 Sender OK", SmtpVerb.Mail);

        Assert.Equal(AssistSeverity.Success, annotation.Severity);
        Assert.Contains("accepted the sender", annotation.Meaning);
        Assert.Equal("RCPT TO:<recipient>", annotation.Next);
    }

    [Fact]
    public void AnInvalidSenderAddressCarriesTheSeedsCause()
    {
        var annotation = Replies.Annotate("550 5.1.7 Invalid address", SmtpVerb.Mail);

        Assert.Equal(AssistSeverity.PermanentFailure, annotation.Severity);
        Assert.Equal(["a syntax error in the sender's address"], annotation.Causes);
    }

    [Fact]
    public void AnUnauthenticatedClientCarriesTheSeedsCause()
    {
        var annotation = Replies.Annotate("530 5.7.1 Client was not authenticated", SmtpVerb.Mail);

        Assert.Equal(AssistSeverity.PermanentFailure, annotation.Severity);
        Assert.Equal("the target server does not accept anonymous mail; seen when sending straight to a server with Telnet", annotation.Causes[0]);
    }

    [Fact]
    public void TheRecipientAcceptedSuggestsAnotherRecipientOrData()
    {
        var annotation = Replies.Annotate("250 2.1.5 Recipient OK", SmtpVerb.Rcpt);

        Assert.Equal(AssistSeverity.Success, annotation.Severity);
        Assert.Contains("accepted the recipient", annotation.Meaning);
        Assert.Contains("RCPT TO", annotation.Next);
        Assert.Contains("DATA", annotation.Next);
    }

    [Fact]
    public void AnUnknownUserCarriesTheSeedsCause()
    {
        var annotation = Replies.Annotate("550 5.1.1 User unknown", SmtpVerb.Rcpt);

        Assert.Equal(AssistSeverity.PermanentFailure, annotation.Severity);
        Assert.Equal("the recipient does not exist in the organisation", annotation.Causes[0]);
    }

    [Fact]
    public void StartMailInputSaysHowToTypeTheMessage()
    {
        var annotation = Replies.Annotate("354 Start mail input; end with <CRLF>.<CRLF>", SmtpVerb.Data);

        Assert.Equal(AssistSeverity.Intermediate, annotation.Severity);
        Assert.Contains("type the message, a blank line after the headers, end with \".\" alone", annotation.Meaning);
        Assert.Contains("empty line", annotation.Next);
        Assert.Contains("\".\" alone", annotation.Next);
    }

    [Fact]
    public void TheEndOfTheMessageSaysQueuedForDeliveryWithTheQueueId()
    {
        var annotation = Replies.Annotate("250 2.6.0 <8f2c@mail1.fabrikam.com> Queued mail for delivery", SmtpVerb.EndOfData);

        Assert.Equal(AssistSeverity.Success, annotation.Severity);
        Assert.Contains("queued for delivery", annotation.Meaning);
        Assert.Contains("queue id <8f2c@mail1.fabrikam.com>", annotation.Meaning);
        Assert.StartsWith("QUIT", annotation.Next);
    }

    [Fact]
    public void QuitSaysTheServerClosedTheSessionAndQuitEndsTelnetLite()
    {
        var annotation = Replies.Annotate("221 2.0.0 Service closing transmission channel", SmtpVerb.Quit);

        Assert.Equal(AssistSeverity.Success, annotation.Severity);
        Assert.Equal("the server closed the SMTP session", annotation.Meaning);
        Assert.StartsWith("quit ends TelnetLite", annotation.Next);
    }

    [Fact]
    public void TheSeedsMailFromWithoutAngleBracketsIsAcceptedByALenientServer()
    {
        var command = Replies.Mail("MAIL FROM:chris@contoso.com", "chris@contoso.com", angleBrackets: false);
        var context = new SmtpAnnotationContext(command, SmtpVerb.Mail, SenderDomain: "contoso.com");

        var annotation = Replies.Annotate("250 2.1.0 Sender OK", context);

        Assert.Contains("accepted the sender", annotation.Meaning);
        Assert.Contains("lenient", annotation.Meaning);
        Assert.Contains("MAIL FROM:<chris@contoso.com>", annotation.Meaning);
    }

    [Fact]
    public void MailFromWithAngleBracketsIsNotCalledLenient()
    {
        var command = Replies.Mail("MAIL FROM:<chris@contoso.com>", "chris@contoso.com", angleBrackets: true);

        var annotation = Replies.Annotate("250 2.1.0 Sender OK", new SmtpAnnotationContext(command, SmtpVerb.Mail));

        Assert.DoesNotContain("lenient", annotation.Meaning);
    }

    [Fact]
    public void TheSeedsRcptToWithoutAngleBracketsIsAlsoCalledLenient()
    {
        var command = Replies.Rcpt("RCPT TO:kate@fabrikam.com NOTIFY=success,failure", "kate@fabrikam.com", angleBrackets: false,
            new Dictionary<string, string?> { ["NOTIFY"] = "success,failure" });

        var annotation = Replies.Annotate("250 2.1.5 Recipient OK", new SmtpAnnotationContext(command, SmtpVerb.Rcpt));

        Assert.Contains("lenient", annotation.Meaning);
        Assert.Contains("RCPT TO:<kate@fabrikam.com>", annotation.Meaning);
    }

    [Fact]
    public void AnnotationLinesFollowTheAnnotateFormat()
    {
        var lines = Replies.Annotate("550 5.1.1 User unknown", SmtpVerb.Rcpt).ToLines();

        Assert.StartsWith("550 5.1.1 permanent failure: ", lines[0]);
        Assert.Equal("cause: the recipient does not exist in the organisation", lines[1]);
        Assert.StartsWith("next: ", lines[^1]);
    }

    [Fact]
    public void TheUnpairedSeedFailuresStillCarryTheirCauses()
    {
        Assert.Equal("a syntax error in the sender's address", Replies.Annotate("550 5.1.7 Invalid address", NoDomain).Causes[0]);
        Assert.Equal("the recipient does not exist in the organisation", Replies.Annotate("550 5.1.1 User unknown", NoDomain).Causes[0]);
    }
}
