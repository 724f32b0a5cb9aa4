using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>The real replies quoted in the reference (docs/smtp-reference.md) are recognised for what they say.</summary>
public sealed class VendorReplyTests
{
    // One row per row of the reference's enhanced-code table: the reply, the command it answers, words the annotation must hold.
    public static TheoryData<string, SmtpVerb, string> EnhancedCodeTableRows => new()
    {
        { "250 2.0.0 Ok: queued as 4XyzAbc12", SmtpVerb.EndOfData, "queued for delivery (queue id 4XyzAbc12)" },
        { "221 2.0.0 Bye", SmtpVerb.Quit, "the server closed the SMTP session" },
        { "220 2.0.0 Ready to start TLS", SmtpVerb.StartTls, "the server is ready for TLS" },
        { "250 2.1.0 Sender OK", SmtpVerb.Mail, "the server accepted the sender" },
        { "250 2.1.5 Recipient OK", SmtpVerb.Rcpt, "the server accepted the recipient" },
        { "250 2.1.0 Ok", SmtpVerb.Mail, "(2.1.0 address valid)" },
        { "250 2.6.0 <1a2b@mail1.fabrikam.com> Queued mail for delivery", SmtpVerb.EndOfData, "queued for delivery" },
        { "421 4.4.2 mail1.fabrikam.test Error: timeout exceeded", SmtpVerb.EndOfData, "waiting too long for you" },
        { "421 4.4.5 Server busy, try again later.", SmtpVerb.Connect, "busy" },
        { "421 4.7.0 Try again later, closing connection.", SmtpVerb.Mail, "Gmail defers this connection" },
        { "421 4.7.0 mail1.fabrikam.test Error: too many errors", SmtpVerb.Rcpt, "too many errors" },
        { "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.10]", SmtpVerb.Rcpt, "no valid reverse DNS name" },
        { "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.10]", SmtpVerb.Rcpt, "(4.7.25 reverse DNS validation failed)" },
        { "550 5.1.1 User unknown", SmtpVerb.Rcpt, "no such mailbox" },
        { "550 5.1.1 <kate@fabrikam.test>: Recipient address rejected: User unknown in local recipient table", SmtpVerb.Rcpt, "no such mailbox" },
        { "550 5.1.7 Invalid address", SmtpVerb.Mail, "the address is not valid" },
        { "501 5.1.7 Bad sender address syntax", SmtpVerb.Mail, "the address is not valid" },
        { "503 5.5.1 Error: need RCPT command", SmtpVerb.Data, "no recipient has been accepted yet" },
        { "500 5.5.2 Error: command not recognized", SmtpVerb.Unknown, "did not recognise the command" },
        { "503 5.5.2 Send hello first", SmtpVerb.Mail, "wants a greeting (EHLO or HELO) first" },
        { "500 5.3.3 Unrecognized command", SmtpVerb.Unknown, "did not recognise the command" },
        { "501 5.5.4 Invalid domain name", SmtpVerb.Ehlo, "the domain name you gave is not valid" },
        { "501 5.5.4 Syntax: MAIL FROM:<address>", SmtpVerb.Mail, "refused the MAIL command's syntax" },
        { "552 5.3.4 Message size exceeds fixed limit", SmtpVerb.EndOfData, "larger than the server accepts" },
        { "550 5.4.1 Recipient address rejected: Access denied", SmtpVerb.Rcpt, "Exchange Online refused the recipient: the address does not exist in the organisation" },
        { "530 5.7.0 Authentication required", SmtpVerb.Mail, "requires authentication" },
        { "530 5.7.0 Must issue a STARTTLS command first", SmtpVerb.Mail, "requires TLS before this command" },
        { "550 5.7.1 Unable to relay", SmtpVerb.Rcpt, "relaying denied" },
        { "530 5.7.1 Client was not authenticated", SmtpVerb.Mail, "unauthenticated client" },
        { "554 5.7.1 <kate@example.org>: Relay access denied", SmtpVerb.Rcpt, "relaying denied" },
        { "535 5.7.8 Error: authentication failed", SmtpVerb.AuthResponse, "authentication failed" },
        { "550-5.7.26 Unauthenticated email from contoso.com is not accepted due to\n550 5.7.26 domain's DMARC policy.", SmtpVerb.EndOfData, "DMARC policy" },
        { "530 5.7.57 Client not authenticated to send mail", SmtpVerb.Mail, "Exchange Online refused the sender" },
    };

    // One row per row of the reference's table of mistakes people make by hand, with the reply a server gives.
    public static TheoryData<string, SmtpVerb, string> MistakeTableRows => new()
    {
        { "554 5.6.0 Mail message is malformed. Not accepted.", SmtpVerb.EndOfData, "no blank line between the headers and the body" },
        { "555 5.5.2 Syntax error. - gsmtp", SmtpVerb.Mail, "angle brackets missing or a space around the colon" },
        { "501 5.1.7 Bad sender address syntax", SmtpVerb.Mail, "a syntax error in the sender's address" },
        { "421 4.4.2 mail1.fabrikam.test Error: timeout exceeded", SmtpVerb.EndOfData, "the final \".\" was not alone on its line" },
        { "550 5.5.2 Error: bare <LF> received", SmtpVerb.EndOfData, "bare LF" },
        { "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds", SmtpVerb.EndOfData, "LF only instead of CRLF" },
        { "554 5.5.0 Error: SMTP protocol synchronization", SmtpVerb.Ehlo, "did not advertise PIPELINING" },
        { "503 5.5.0 Improper use of SMTP command pipelining", SmtpVerb.Mail, "did not advertise PIPELINING" },
        { "503 5.5.1 Error: need RCPT command", SmtpVerb.Data, "no RCPT TO was accepted" },
        { "554 5.5.1 Error: no valid recipients", SmtpVerb.Data, "every RCPT TO was refused" },
        { "500 5.5.2 Error: command not recognized", SmtpVerb.Unknown, "message lines typed after a refused DATA are read as commands" },
        { "503 5.5.1 Error: send HELO/EHLO first", SmtpVerb.Mail, "EHLO or HELO was not sent" },
        { "503 5.5.2 Send hello first", SmtpVerb.Mail, "EHLO or HELO was not sent" },
        { "503 5.5.1 Error: nested MAIL command", SmtpVerb.Mail, "a second MAIL FROM without RSET" },
        { "530 5.7.0 Must issue a STARTTLS command first", SmtpVerb.Auth, "only over TLS" },
        { "503 5.5.1 Error: authentication not enabled", SmtpVerb.Auth, "AUTH is offered only after STARTTLS" },
        { "500 5.3.3 Unrecognized command", SmtpVerb.Unknown, "backspace or other control characters" },
        { "500 5.5.2 Error: command too long", SmtpVerb.Unknown, "longer than 512 octets" },
    };

    // Other replies the reference names: greylisting, Postfix's HELO checks, blocklists, Gmail's sign-in refusals.
    public static TheoryData<string, SmtpVerb, string> OtherVendorReplies => new()
    {
        { "450 4.2.0 <kate@fabrikam.test>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/fabrikam.test.html", SmtpVerb.Rcpt, "greylisting" },
        { "501 5.5.2 <bad_name!>: Helo command rejected: Invalid name", SmtpVerb.Rcpt, "invalid characters in the domain name given in EHLO/HELO" },
        { "504 5.5.2 <mypc>: Helo command rejected: need fully-qualified hostname", SmtpVerb.Rcpt, "not fully qualified" },
        { "450 4.7.1 <nowhere.invalid>: Helo command rejected: Host not found", SmtpVerb.Rcpt, "does not resolve in DNS" },
        { "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org", SmtpVerb.Rcpt, "blocklist" },
        { "550 5.7.606 Access denied, banned sending IP [192.0.2.10]", SmtpVerb.Connect, "sender.office.com" },
        { "534-5.7.9 Application-specific password required.\n534 5.7.9 Learn more at https://support.google.com/mail", SmtpVerb.AuthResponse, "app password" },
        { "452 4.5.3 Error: too many recipients", SmtpVerb.Rcpt, "recipients per message" },
        { "553 5.7.1 <boss@contoso.com>: Sender address rejected: not owned by user chris@contoso.com", SmtpVerb.Rcpt, "may not send as that address" },
        { "450 4.1.8 <chris@nowhere.invalid>: Sender address rejected: Domain not found", SmtpVerb.Rcpt, "its domain does not resolve in DNS" },
        { "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", SmtpVerb.Rcpt, "the recipient does not exist in the organisation" },
        { "502 5.5.1 VRFY command is disabled", SmtpVerb.Vrfy, "harvest" },
    };

    [Theory]
    [MemberData(nameof(EnhancedCodeTableRows))]
    public void EachReplyOfTheEnhancedCodeTableIsRecognised(string reply, SmtpVerb after, string expected) =>
        Assert.Contains(expected, Explained(reply, after));

    [Theory]
    [MemberData(nameof(MistakeTableRows))]
    public void EachMistakeOfTheReferenceIsRecognisedInTheServersReply(string reply, SmtpVerb after, string expected) =>
        Assert.Contains(expected, Explained(reply, after));

    [Theory]
    [MemberData(nameof(OtherVendorReplies))]
    public void OtherVendorRepliesAreRecognisedByTheirWording(string reply, SmtpVerb after, string expected) =>
        Assert.Contains(expected, Explained(reply, after));

    [Fact]
    public void ExchangeOnlines541IsNotTakenForPostfixsAccessTable()
    {
        var exchangeOnline = Replies.Annotate("550 5.4.1 Recipient address rejected: Access denied", SmtpVerb.Rcpt);
        var postfix = Replies.Annotate("554 5.7.1 <kate@fabrikam.test>: Recipient address rejected: Access denied", SmtpVerb.Rcpt);

        Assert.Equal("the recipient does not exist in the organisation", exchangeOnline.Causes[0]);
        Assert.Contains("access table", postfix.Causes[0]);
    }

    [Fact]
    public void TheSameCodeIsExplainedByItsWordingNotOnlyByItsNumber()
    {
        var relay = Replies.Annotate("550 5.7.1 Unable to relay", SmtpVerb.Rcpt);
        var unknown = Replies.Annotate("550 5.1.1 User unknown", SmtpVerb.Rcpt);

        Assert.NotEqual(relay.Meaning, unknown.Meaning);
        Assert.NotEqual(relay.Causes[0], unknown.Causes[0]);
    }

    private static string Explained(string reply, SmtpVerb after) =>
        string.Join('\n', Replies.Annotate(reply, after).ToLines());
}
