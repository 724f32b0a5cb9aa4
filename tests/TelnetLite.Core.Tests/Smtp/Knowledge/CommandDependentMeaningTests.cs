using TelnetLite.Core.Assist;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>The same code means different things after different commands, and the conversation adds hints.</summary>
public sealed class CommandDependentMeaningTests
{
    private const string EhloReply = "250-mail1.fabrikam.com Hello [192.0.2.10]\n250-SIZE 36700160\n250-PIPELINING\n250-STARTTLS\n250 8BITMIME";

    [Fact]
    public void A250SaysSomethingDifferentAfterEhloMailRcptAndTheEndOfTheMessage()
    {
        var meanings = new[] { SmtpVerb.Ehlo, SmtpVerb.Mail, SmtpVerb.Rcpt, SmtpVerb.EndOfData }
            .Select(verb => Replies.Annotate("250 OK", verb).Meaning)
            .ToList();

        Assert.Equal(4, meanings.Distinct().Count());
        Assert.Contains("greeting", meanings[0]);
        Assert.Contains("sender", meanings[1]);
        Assert.Contains("recipient", meanings[2]);
        Assert.Contains("queued for delivery", meanings[3]);
    }

    [Fact]
    public void TheNextStepsFollowTheSeedsWalkthrough()
    {
        var context = (SmtpVerb verb) => new SmtpAnnotationContext(null, verb, SenderDomain: "contoso.com");

        Assert.Equal("EHLO contoso.com", Replies.Annotate("220 mail1.fabrikam.com ESMTP", context(SmtpVerb.Connect)).Next);
        Assert.Equal("MAIL FROM:<sender@contoso.com>", Replies.Annotate("250 mail1.fabrikam.com Hello", context(SmtpVerb.Ehlo)).Next);
        Assert.Equal("RCPT TO:<recipient>", Replies.Annotate("250 2.1.0 Sender OK", context(SmtpVerb.Mail)).Next);
        Assert.Contains("DATA", Replies.Annotate("250 2.1.5 Recipient OK", context(SmtpVerb.Rcpt)).Next);
        Assert.Contains("\".\" alone", Replies.Annotate("354 Start mail input", context(SmtpVerb.Data)).Next);
        Assert.Equal("QUIT, or MAIL FROM:<sender@contoso.com> for another message", Replies.Annotate("250 2.6.0 Queued", context(SmtpVerb.EndOfData)).Next);
        Assert.StartsWith("quit", Replies.Annotate("221 2.0.0 Bye", context(SmtpVerb.Quit)).Next);
    }

    [Fact]
    public void WithoutAKnownDomainTheNextStepsUseAPlaceholder()
    {
        Assert.Equal("EHLO <your domain>, e.g. EHLO contoso.com", Replies.Annotate("220 mail1.fabrikam.com ESMTP", SmtpVerb.Connect).Next);
        Assert.Equal("MAIL FROM:<sender@your-domain>", Replies.Annotate("250 mail1.fabrikam.com Hello", SmtpVerb.Ehlo).Next);
    }

    [Fact]
    public void A220AfterStartTlsSaysTelnetLiteStartsTheHandshakeAndEhloComesAgainAfterIt()
    {
        var greeting = Replies.Annotate("220 mail1.fabrikam.com ESMTP", SmtpVerb.Connect);
        var startTls = Replies.Annotate("220 2.0.0 Ready to start TLS", new SmtpAnnotationContext(null, SmtpVerb.StartTls, Port: 587));

        Assert.Contains("greets you", greeting.Meaning);
        Assert.StartsWith(
            "the server is ready for TLS: TelnetLite starts the handshake at once, before anything else is sent (RFC 3207)",
            startTls.Meaning);
        Assert.StartsWith("wait for the handshake's result; then EHLO", startTls.Next);
        Assert.DoesNotContain("openssl", startTls.Next);
    }

    [Fact]
    public void AnFtpBannerIsNotTakenForAMailServer()
    {
        var annotation = Replies.Annotate("220 ProFTPD Server (Debian) ready", SmtpVerb.Connect);

        Assert.Contains("may not be a mail server", annotation.Meaning);
    }

    [Fact]
    public void TheEhloReplySummarisesTheCapabilitiesWithAReadableSize()
    {
        var annotation = Replies.Annotate(EhloReply, SmtpVerb.Ehlo);

        Assert.Contains("listed its capabilities: SIZE 35 MiB, PIPELINING, STARTTLS, 8BITMIME", annotation.Meaning);
        Assert.Empty(annotation.Causes);
    }

    [Fact]
    public void AnEhloReplyWithStartTlsButNoAuthSaysAuthProbablyNeedsStartTlsFirst()
    {
        var annotation = Replies.Annotate(EhloReply, SmtpVerb.Ehlo);

        Assert.StartsWith("MAIL FROM:", annotation.Next);
        Assert.Contains("AUTH is not advertised, it probably needs TLS first: STARTTLS (TelnetLite does the TLS handshake), then EHLO again, then AUTH", annotation.Next);
    }

    [Fact]
    public void OnTheSubmissionPortTheEhloReplyPointsToStartTls()
    {
        var annotation = Replies.Annotate(EhloReply, new SmtpAnnotationContext(null, SmtpVerb.Ehlo, Port: 587));

        Assert.StartsWith("to authenticate: AUTH is not advertised", annotation.Next);
        Assert.Contains("STARTTLS (TelnetLite does the TLS handshake), then EHLO again", annotation.Next);
        Assert.DoesNotContain("openssl", annotation.Next);
    }

    [Fact]
    public void OnTheSubmissionPortWithAuthOfferedTheEhloReplySuggestsAuth()
    {
        var reply = "250-smtp.contoso.com\n250-AUTH PLAIN LOGIN\n250 8BITMIME";

        var annotation = Replies.Annotate(reply, new SmtpAnnotationContext(null, SmtpVerb.Ehlo, Port: 587, TlsActive: true));

        Assert.StartsWith("AUTH LOGIN", annotation.Next);
    }

    [Fact]
    public void AuthRefusedWhereStartTlsButNotAuthWasAdvertisedPointsToStartTls()
    {
        var capabilities = Replies.Capabilities("PIPELINING", "STARTTLS");
        var context = new SmtpAnnotationContext(Replies.Plain(SmtpVerb.Auth, "AUTH LOGIN"), SmtpVerb.Auth, capabilities);

        var annotation = Replies.Annotate("503 5.5.1 Error: authentication not enabled", context);

        Assert.Equal("the server advertises STARTTLS but not AUTH: AUTH probably needs STARTTLS first", annotation.Causes[0]);
        Assert.StartsWith("authentication needs TLS first: STARTTLS (TelnetLite does the TLS handshake), then EHLO again", annotation.Next);
    }

    [Fact]
    public void AuthRefusedOverTlsDoesNotBlameTheMissingTls()
    {
        var capabilities = Replies.Capabilities("PIPELINING", "STARTTLS");
        var context = new SmtpAnnotationContext(null, SmtpVerb.Auth, capabilities, TlsActive: true);

        var annotation = Replies.Annotate("502 5.5.1 Error: command not implemented", context);

        Assert.DoesNotContain("the server advertises STARTTLS but not AUTH: AUTH probably needs STARTTLS first", annotation.Causes);
    }

    [Fact]
    public void NotifyRefusedWithoutDsnAdvertisedBlamesTheMissingDsn()
    {
        var command = Replies.Rcpt("RCPT TO:<kate@fabrikam.com> NOTIFY=SUCCESS,FAILURE", "kate@fabrikam.com", angleBrackets: true,
            new Dictionary<string, string?> { ["NOTIFY"] = "SUCCESS,FAILURE" });
        var context = new SmtpAnnotationContext(command, SmtpVerb.Rcpt, Replies.Capabilities("PIPELINING", "8BITMIME"));

        var annotation = Replies.Annotate("555 5.5.4 Unsupported option: NOTIFY=SUCCESS,FAILURE", context);

        Assert.Contains("did not advertise DSN", annotation.Causes[0]);
    }

    [Fact]
    public void NotifyAcceptedWithoutDsnAdvertisedIsProbablyIgnored()
    {
        var command = Replies.Rcpt("RCPT TO:<kate@fabrikam.com> NOTIFY=SUCCESS", "kate@fabrikam.com", angleBrackets: true,
            new Dictionary<string, string?> { ["NOTIFY"] = "SUCCESS" });
        var context = new SmtpAnnotationContext(command, SmtpVerb.Rcpt, Replies.Capabilities("PIPELINING"));

        var annotation = Replies.Annotate("250 2.1.5 Ok", context);

        Assert.Contains("DSN was not advertised", annotation.Meaning);
        Assert.Empty(annotation.Causes);
    }

    [Fact]
    public void NotifyWithDsnAdvertisedIsExplainedNotWarnedAbout()
    {
        var command = Replies.Rcpt("RCPT TO:<kate@fabrikam.com> NOTIFY=success,failure", "kate@fabrikam.com", angleBrackets: true,
            new Dictionary<string, string?> { ["NOTIFY"] = "success,failure" });
        var context = new SmtpAnnotationContext(command, SmtpVerb.Rcpt, Replies.Capabilities("DSN"));

        var meaning = Replies.Annotate("250 2.1.5 Ok", context).Meaning;

        Assert.DoesNotContain("not advertised", meaning);
        Assert.Contains("NOTIFY=success,failure asks for delivery status notifications (DSN, RFC 3461): a report to the sender when it is delivered and when delivery fails", meaning);
    }

    [Fact]
    public void A334ChallengeIsDecoded()
    {
        Assert.Contains("\"Username:\"", Replies.Annotate("334 VXNlcm5hbWU6", SmtpVerb.Auth).Meaning);
        Assert.Contains("\"Password:\"", Replies.Annotate("334 UGFzc3dvcmQ6", SmtpVerb.AuthResponse).Meaning);
        Assert.Equal(AssistSeverity.Intermediate, Replies.Annotate("334 VXNlcm5hbWU6", SmtpVerb.Auth).Severity);
    }

    [Fact]
    public void A334PasswordChallengeWarnsWhenTlsIsOff()
    {
        var plain = Replies.Annotate("334 UGFzc3dvcmQ6", new SmtpAnnotationContext(null, SmtpVerb.AuthResponse));
        var secure = Replies.Annotate("334 UGFzc3dvcmQ6", new SmtpAnnotationContext(null, SmtpVerb.AuthResponse, TlsActive: true));

        Assert.Contains("without TLS", plain.Meaning);
        Assert.DoesNotContain("without TLS", secure.Meaning);
    }

    [Fact]
    public void A334ThatIsNotBase64IsSaidToBeSo()
    {
        Assert.Contains("not valid base64", Replies.Annotate("334 not*base64!", SmtpVerb.Auth).Meaning);
    }

    [Fact]
    public void AnEmpty334WaitsForTheInitialResponse()
    {
        var annotation = Replies.Annotate("334 ", SmtpVerb.Auth);

        Assert.Contains("empty", annotation.Meaning);
        Assert.Contains("PLAIN", annotation.Next);
    }

    [Fact]
    public void A235SaysAuthenticationSucceeded()
    {
        var annotation = Replies.Annotate("235 2.7.0 Authentication successful", SmtpVerb.AuthResponse);

        Assert.Equal(AssistSeverity.Success, annotation.Severity);
        Assert.Contains("authentication succeeded", annotation.Meaning);
        Assert.StartsWith("MAIL FROM:", annotation.Next);
    }

    [Theory]
    [InlineData("250 2.0.0 Ok: queued as 4XyzAbc12", "4XyzAbc12")]
    [InlineData("250 OK id=1tQx2a-000Abc-9Z", "1tQx2a-000Abc-9Z")]
    [InlineData("250 2.0.0 OK  1764400000 a1b2c3d4e5si123.45 - gsmtp", "a1b2c3d4e5si123.45")]
    [InlineData("250 2.0.0 5AT6CxYZ012345 Message accepted for delivery", "5AT6CxYZ012345")]
    [InlineData("250 2.6.0 <GUID@mail1.fabrikam.com> [InternalId=123, Hostname=mail1] Queued mail for delivery", "<GUID@mail1.fabrikam.com>")]
    public void TheQueueIdIsFoundInEachServersWording(string reply, string queueId)
    {
        Assert.Contains($"(queue id {queueId})", Replies.Annotate(reply, SmtpVerb.EndOfData).Meaning);
    }

    [Fact]
    public void A250AfterRsetNoopAndVrfyHasItsOwnMeaning()
    {
        Assert.Contains("reset", Replies.Annotate("250 2.0.0 Ok", SmtpVerb.Rset).Meaning);
        Assert.Contains("alive", Replies.Annotate("250 2.0.0 Ok", SmtpVerb.Noop).Meaning);
        Assert.Contains("confirms the mailbox", Replies.Annotate("250 <kate@fabrikam.com>", SmtpVerb.Vrfy).Meaning);
    }

    [Fact]
    public void DataRefusedWarnsThatMessageLinesWouldBeTakenAsCommands()
    {
        var annotation = Replies.Annotate("503 5.5.1 Error: need RCPT command", SmtpVerb.Data);

        Assert.Contains("read as commands", annotation.Next);
    }

    [Fact]
    public void ATransientFailureSuggestsSendingTheSameCommandAgainLater()
    {
        var command = Replies.Rcpt("RCPT TO:<kate@fabrikam.com>", "kate@fabrikam.com", angleBrackets: true);

        var annotation = Replies.Annotate("451 4.3.0 Temporary lookup failure", new SmtpAnnotationContext(command, SmtpVerb.Rcpt));

        Assert.Equal(AssistSeverity.TransientFailure, annotation.Severity);
        Assert.NotEmpty(annotation.Causes);
        Assert.Contains("later", annotation.Next);
    }
}
