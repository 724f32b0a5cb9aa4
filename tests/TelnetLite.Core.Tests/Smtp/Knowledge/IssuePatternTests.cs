using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>
/// Each family of replies that used to be misread is read for what it says (real replies, their sources in the
/// knowledge table and in Fixtures/Replies/real-replies.tsv).
/// </summary>
public sealed class IssuePatternTests
{
    [Theory]
    [InlineData("550-5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires all\n550 5.7.30 large senders to authenticate with DKIM.", ".", "dkim-fail", "5.7.30 is registered as \"REQUIRETLS support required\"")]
    [InlineData("554 5.7.9 Message not accepted for policy reasons. See https://postmaster.verizonmedia.com/error-codes", ".", "policy", "5.7.9 is registered as \"authentication mechanism is too weak\"")]
    [InlineData("450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.", "RCPT", "recipient-rate-limit", "4.2.1 is registered as \"mailbox disabled, not accepting messages\"")]
    [InlineData("553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes", "RCPT", "reputation", "5.7.2 is registered as \"mailing list expansion prohibited\"")]
    public void AProviderReusingAnEnhancedCodeIsReadByItsTextAndTheContradictionIsStated(string reply, string after, string concept, string contradiction)
    {
        var annotation = Annotate(reply, after);

        Assert.Equal(concept, annotation.Concept);
        Assert.Contains(contradiction, annotation.Meaning);
        Assert.Contains("this server uses it for what its text says", annotation.Meaning);
    }

    [Theory]
    [InlineData("550 Virus Detected; Content Rejected", ".", "virus")]
    [InlineData("554 5.7.1 Spam score (7.3) exceeded threshold", ".", "spam")]
    [InlineData("550 5.7.1 Email rejected per DMARC policy for libsisimai.org", ".", "dmarc-fail")]
    [InlineData("550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again. IB508  <http://x.co/srbounce>", "MAIL", "spf-fail")]
    [InlineData("421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message.", ".", "dkim-fail")]
    [InlineData("552 5.3.4 Message size exceeds fixed limit", ".", "message-too-big")]
    [InlineData("552 Message header is ridiculously long", ".", "headers-too-large")]
    [InlineData("550 5.7.1 Messages missing a valid Message-ID: header are not accepted.", ".", "headers-invalid")]
    [InlineData("550 5.5.2 Error: bare <LF> received", ".", "bare-lf")]
    [InlineData("550 Too many \"Received\" headers - suspected mail loop", ".", "mail-loop")]
    [InlineData("554 too many hops, this message is looping (#5.4.6)", ".", "mail-loop")]
    [InlineData("550 5.6.9 improper use of 8-bit data in message header", ".", "eight-bit-header")]
    [InlineData("452 4.5.3 Error: too many recipients", "RCPT", "too-many-recipients")]
    [InlineData("421 4.7.0 mail1.fabrikam.test Error: too many connections from 192.0.2.10", "connect", "too-many-connections")]
    [InlineData("450 4.7.1 Error: too much mail from 192.0.2.10", "MAIL", "rate-limit")]
    [InlineData("550 5.4.5 Daily SMTP relay limit exceeded for user.", "MAIL", "rate-limit")]
    [InlineData("550 5.1.1 <pseudo-local-part-of-icloud@icloud.com>: inactive email address", "RCPT", "mailbox-disabled")]
    [InlineData("550 5.2.1 The email account that you tried to reach is disabled. g0000000000ggg.00", "RCPT", "mailbox-disabled")]
    [InlineData("550 Mailbox is frozen. See http://mail.i.ua/err/3/", "RCPT", "mailbox-disabled")]
    [InlineData("552 5.2.2 <neko@nyaaan.example.org> Quota exceeded (mailbox for user is full)", "RCPT", "mailbox-full")]
    [InlineData("550 Sender verify failed", "RCPT", "sender-verify-failed")]
    [InlineData("550 5.1.7 <chris@contoso.com>: Sender address rejected: undeliverable address: host mail.contoso.com said: 550 5.1.1 User unknown", "RCPT", "sender-verify-failed")]
    [InlineData("554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10", "RCPT", "blocklisted")]
    [InlineData("554 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.225", "RCPT", "blocklisted")]
    [InlineData("550 5.7.606 Access denied, banned sending IP [192.0.2.10]", "connect", "blocklisted")]
    [InlineData("530 5.7.0 Must issue a STARTTLS command first", "MAIL", "tls-required")]
    [InlineData("534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor", "AUTH", "app-password")]
    [InlineData("454 4.7.0 Too many login attempts, please try again later.", "AUTH", "too-many-logins")]
    [InlineData("451 Temporary failure, please try again later.", "RCPT", "greylisting")]
    [InlineData("451 4.7.1 Greylisting in action, please come back in 00:05:00", "RCPT", "greylisting")]
    [InlineData("521 5.5.4 Syntax: BDAT count [LAST]", "BDAT", "bdat-syntax")]
    [InlineData("503 5.5.1 Error: DATA after BDAT", "DATA", "bdat-data-mixed")]
    [InlineData("503 BDAT command used when CHUNKING not advertised", "BDAT", "bdat-not-offered")]
    [InlineData("501 5.5.4 Syntax: RSET", "RSET", "arguments-not-allowed")]
    [InlineData("501 5.5.4 Syntax: NOOP", "NOOP", "arguments-not-allowed")]
    [InlineData("554 5.5.1 Error: TLS already active", "STARTTLS", "tls-already-active")]
    [InlineData("523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS.", "unknown", "starttls-pipelining")]
    [InlineData("554 SMTP synchronization error", "unknown", "pipelining-violation")]
    [InlineData("501 NUL characters are not allowed in SMTP commands", "MAIL", "nul-byte")]
    [InlineData("504 5.5.2 <kate>: Recipient address rejected: need fully-qualified address", "RCPT", "unqualified-address")]
    [InlineData("550 5.1.1 <kate@fabrikam.com>... User unknown (#5.1.1)", "RCPT", "recipient-unknown")]
    [InlineData("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "RCPT", "relay-denied")]
    public void EveryFamilyOfTheIssueIsReadForWhatItSays(string reply, string after, string concept)
    {
        Assert.Equal(concept, Annotate(reply, after).Concept);
    }

    [Fact]
    public void QmailsSuffixIsReadAsTheEnhancedCodeItIs()
    {
        // qmail-smtpd.c: the code only in its "(#5.x.x)" suffix; the registry reads 5.5.4 where no wording says more.
        var annotation = Annotate("555 syntax error (#5.5.4)", "MAIL");
        var relay = Annotate("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "RCPT");

        Assert.EndsWith("(5.5.4 invalid command arguments)", annotation.Meaning);
        Assert.Contains("(5.7.1 delivery not authorized, message refused)", relay.Meaning);
        Assert.DoesNotContain("syntax", relay.Meaning);
    }

    [Theory]
    [InlineData("550 5.7.1 xyzzy plugh")]
    [InlineData("550 xyzzy plugh")]
    [InlineData("554 5.7.1 xyzzy plugh")]
    public void ARefusalAtTheEndOfTheMessageWhoseTextSaysNothingGetsNoStockAdvice(string reply)
    {
        var text = string.Join('\n', Annotate(reply, ".").ToLines());

        foreach (var stock in (string[])["SPF", "DKIM", "DMARC", "spam", "blocklist", "malware"])
            Assert.DoesNotContain(stock, text, StringComparison.OrdinalIgnoreCase);
    }

    private static SmtpAnnotation Annotate(string reply, string after) =>
        Replies.Annotate(reply, TelnetLite.Core.Smtp.Knowledge.KnowledgeBuilder.TryParseCommand(after, out var verb) ? verb : null);
}
