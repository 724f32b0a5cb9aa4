using System.Buffers;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Replies recognised by their wording, as Postfix, Exchange, Exchange Online and Gmail really send them (the
/// reference's quotes): the text tells more than the code, e.g. which restriction refused you.
/// </summary>
internal static class VendorReplyRules
{
    private static readonly SmtpVerb[] MailOrRcpt = [SmtpVerb.Mail, SmtpVerb.Rcpt];

    // Wording rules about refusals stay away from success replies: they would only cost time there.
    private static readonly int[] Failures = [4, 5];

    // Postfix checks the EHLO name when RCPT TO arrives (smtpd_delay_reject), or at EHLO when that is off.
    private static readonly SmtpVerb[] HeloChecked = [SmtpVerb.Rcpt, SmtpVerb.Ehlo, SmtpVerb.Helo];

    private static readonly SearchValues<string> SenderAddress = SearchValues.Create(["Sender address"], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<ReplyRule> All { get; } =
    [
        // Exchange Online reuses 5.4.1 for recipients its directory does not know (Directory-Based Edge Blocking).
        new()
        {
            Codes = [550], Enhanced = "5.4.1", TextAny = ["Access denied", "Recipient address rejected"], After = [SmtpVerb.Rcpt],
            Says = "Exchange Online refused the recipient: the address does not exist in the organisation",
            Causes = [SeedReplyRules.NoSuchRecipient, "a typing mistake in the recipient's address"],
            Then = "check the address, then RCPT TO:<another recipient>",
        },
        new()
        {
            Codes = [550], TextAny = ["RecipientNotFound", "Recipient not found"], After = [SmtpVerb.Rcpt, SmtpVerb.EndOfData],
            Says = "the server refused the recipient: no such address",
            Causes = [SeedReplyRules.NoSuchRecipient, "a typing mistake in the recipient's address"],
            Then = "check the address, then RCPT TO:<another recipient>",
        },
        new()
        {
            Enhanced = "x.7.57", After = [SmtpVerb.Mail],
            Says = "Exchange Online refused the sender: this endpoint only takes mail from authenticated clients",
            Causes =
            [
                "MAIL FROM was sent without AUTH to the client submission endpoint (smtp.office365.com, port 587)",
                "SMTP AUTH is not done, or is disabled for the mailbox",
            ],
            ThenFor = f => $"authenticate ({NextSteps.Authenticate(f)}) with the mailbox's credentials, then MAIL FROM on port 587; to send anonymously, connect to the domain's MX host (…mail.protection.outlook.com) on port 25",
        },
        new()
        {
            Classes = [5], TextAny = ["TenantAttribution"], After = [SmtpVerb.Rcpt],
            Says = "Exchange Online denied relaying: the connection matches no connector of any tenant",
            Causes = [CommonCauses.RelayDenied, "the sending IP address or certificate matches no inbound connector in Exchange Online"],
            Then = "send to a recipient in a domain the tenant hosts, or set up an inbound connector for the sending host",
        },
        new()
        {
            Classes = [5],
            TextAny = ["Relay access denied", "Unable to relay", "Relaying denied", "relay not permitted", "not permitted to relay", "Relaying not allowed"],
            After = [SmtpVerb.Rcpt],
            Says = "relaying denied: the server does not take mail for that recipient's domain from you",
            Causes = [CommonCauses.RelayDenied, CommonCauses.WrongServer],
            ThenFor = NextSteps.RelayDenied,
        },
        new()
        {
            Classes = [4], TextAny = ["greylist", "graylist"],
            Says = "greylisted: the server deferred this first attempt on purpose",
            Causes = [CommonCauses.Greylisting],
            Then = "send the same command again after a few minutes (a real mail server retries by itself)",
        },
        new()
        {
            Classes = Failures, TextAny = ["Helo command rejected: need fully-qualified hostname", "need fully-qualified hostname"],
            After = HeloChecked,
            Says = "the server refused the name you gave in EHLO/HELO (Postfix checks it when RCPT TO arrives)",
            Causes = ["the EHLO/HELO name is not fully qualified (e.g. EHLO mypc instead of EHLO mypc.contoso.com)"],
            ThenFor = f => $"EHLO with a fully-qualified name (e.g. EHLO mail.{f.Domain ?? "contoso.com"}), then MAIL FROM again",
        },
        new()
        {
            Classes = Failures, TextAny = ["Helo command rejected: Host not found"],
            After = HeloChecked,
            Says = "the server refused the name you gave in EHLO/HELO (Postfix checks it when RCPT TO arrives)",
            Causes = ["the EHLO/HELO name does not resolve in DNS"],
            Then = "EHLO with a name that resolves in DNS (best: this host's own name), then MAIL FROM again",
        },
        new()
        {
            Classes = Failures, TextAny = ["Helo command rejected"],
            After = HeloChecked,
            Says = "the server refused the name you gave in EHLO/HELO (Postfix checks it when RCPT TO arrives)",
            Causes = ["invalid characters in the domain name given in EHLO/HELO: it is not a valid host name"],
            ThenFor = f => $"EHLO with a valid host name (letters, digits, hyphens and dots), e.g. EHLO mail.{f.Domain ?? "contoso.com"}, then MAIL FROM again",
        },
        new()
        {
            Classes = Failures, TextAny = ["cannot find your hostname", "cannot find your reverse hostname", "reverse DNS", "PTR record", "reverse hostname"],
            Says = "the server refused you because your IP address has no valid reverse DNS name",
            Causes = [CommonCauses.NoPtr, "a DNS lookup failed at the server (a 4xx reply: it may pass later)"],
            Then = "send from a host whose IP address has matching forward and reverse DNS (whoever runs the address sets the PTR record)",
        },
        new()
        {
            Classes = [5], TextAny = ["Must issue a STARTTLS command first", "STARTTLS first", "Must issue a STARTTLS"], After = [SmtpVerb.Mail, SmtpVerb.Auth],
            Says = "the server requires TLS before this command",
            Causes = ["the server accepts this command only over TLS (STARTTLS)"],
            ThenFor = f => TlsAdvice.Needed(f.Context.Port, "this server"),
        },
        new()
        {
            Codes = [530], TextAny = ["Authentication required"], After = [SmtpVerb.Mail, SmtpVerb.Rcpt],
            Says = "the server requires authentication before it accepts mail",
            Causes = ["the server takes mail only from authenticated users (a submission service such as port 587)"],
            ThenFor = NextSteps.Authenticate,
        },
        new()
        {
            Classes = Failures, TextAny = ["DMARC"], After = [SmtpVerb.EndOfData],
            Says = "the message was refused: it failed the sender domain's DMARC policy",
            Causes = [CommonCauses.DmarcFailed, CommonCauses.SendingForForeignDomain],
            Then = "send from a host the domain's SPF record lists, with the domain's DKIM signature, or use a From: domain you control",
        },
        new()
        {
            Classes = Failures, TextAny = ["SPF check", "SPF fail", "SPF validation", "SPF record", "SPF policy", "by SPF"],
            Says = "the server refused the mail: the sender domain's SPF check failed",
            Causes = ["the sending IP address is not listed in the sender domain's SPF record", CommonCauses.SendingForForeignDomain],
            Then = "send from a host the sender domain's SPF record lists, or MAIL FROM with an address in a domain you control",
        },
        new()
        {
            Classes = [5], TextAny = ["Error: need RCPT command", "Need rcpt command"], After = [SmtpVerb.Data],
            Says = "DATA refused: no recipient has been accepted yet",
            Causes = ["no RCPT TO was accepted in this transaction (none was sent, or every one was refused)"],
            Then = "RCPT TO:<recipient> first; do not type the message now: its lines would be read as commands",
        },
        new()
        {
            Classes = [5], TextAny = ["Error: need MAIL command", "Need mail command"], After = [SmtpVerb.Rcpt, SmtpVerb.Data],
            Says = "refused: there is no transaction, MAIL FROM comes first",
            Causes = ["MAIL FROM was not sent, was refused, or was reset (RSET, EHLO, STARTTLS end a transaction)"],
            ThenFor = NextSteps.MailFrom,
        },
        new()
        {
            Classes = [5], TextAny = ["send HELO/EHLO first", "Send hello first", "EHLO/HELO first"], After = [SmtpVerb.Mail],
            Says = "refused: the server wants a greeting (EHLO or HELO) first",
            Causes = ["EHLO or HELO was not sent in this session, or was refused", "after STARTTLS the greeting must be sent again (RFC 3207)"],
            ThenFor = NextSteps.Ehlo,
        },
        new()
        {
            Classes = [5], TextAny = ["nested MAIL command", "Sender already specified"], After = [SmtpVerb.Mail],
            Says = "refused: a transaction is already open, its MAIL FROM was accepted before",
            Causes = ["a second MAIL FROM without RSET: one transaction takes one sender"],
            ThenFor = f => $"RSET, then {NextSteps.MailFrom(f)} (or go on with RCPT TO for the open transaction)",
        },
        new()
        {
            Classes = [5], TextAny = ["no valid recipients"], After = [SmtpVerb.Data],
            Says = "DATA refused: no valid recipients",
            Causes = ["every RCPT TO was refused, or none was sent"],
            Then = "RCPT TO with an address the server accepts; the message lines typed now would be read as commands",
        },
        new()
        {
            Classes = [5], TextAny = ["SMTP protocol synchronization", "protocol synchronisation"],
            Says = "the server saw commands arrive before it had answered and is disconnecting",
            Causes = [CommonCauses.PipeliningWithoutPermission],
            Then = "open the connection again, wait for the greeting, and send one command at a time, each after its reply",
        },
        new()
        {
            Classes = [5], TextAny = ["Improper use of SMTP command pipelining"],
            Says = "the server refused commands sent ahead of their replies",
            Causes = [CommonCauses.PipeliningWithoutPermission],
            Then = "send one command at a time and wait for each reply",
        },
        new()
        {
            Classes = [5], TextAny = ["bare <LF>", "bare LF", "BareLinefeedsAreIllegal", "bare linefeed"],
            Says = "the server refused a line that ended with a bare LF (RFC 5321 §2.3.8 wants CRLF)",
            Causes = ["lines were sent ending with LF only instead of CRLF (a script, or a client set to send LF)"],
            Then = "send lines ending with CRLF (TelnetLite's default), then the message again",
        },
        new()
        {
            Enhanced = "x.6.11",
            Says = "Exchange Online refused the message: it holds bare line feeds",
            Causes = ["lines were sent ending with LF only instead of CRLF (a script, or a client set to send LF)"],
            Then = "send lines ending with CRLF (TelnetLite's default), then the message again",
        },
        new()
        {
            Classes = [5], TextAny = ["command too long", "line too long", "Line length exceeded"],
            Says = "the server refused an over-long line",
            Causes = ["the command line is longer than 512 octets (RFC 5321 §4.5.3.1.4)"],
            Then = "send a shorter line: one command, no pasted text",
        },
        new()
        {
            Codes = [500], TextAny = ["command not recognized", "Unrecognized command", "command unrecognized", "command not recognised"],
            Says = "the server did not recognise the command",
            Causes = [CommonCauses.TypingMistake, CommonCauses.BackspaceSent, CommonCauses.AfterRefusedData],
            Then = "type the command again, spelt out (EHLO, MAIL FROM:, RCPT TO:, DATA, QUIT...)",
        },
        new()
        {
            Codes = [501], TextAny = ["Syntax: MAIL FROM:"], After = [SmtpVerb.Mail],
            Says = "the server refused the MAIL command's syntax",
            Causes = ["the command is not written MAIL FROM:<address>: angle brackets missing, or a space around the colon"],
            ThenFor = f => f.Context.Command is { } command ? SmtpMailbox.SuggestedPath(command, f.Domain) : NextSteps.MailFrom(f),
        },
        new()
        {
            Codes = [501], TextAny = ["Syntax: RCPT TO:"], After = [SmtpVerb.Rcpt],
            Says = "the server refused the RCPT command's syntax",
            Causes = ["the command is not written RCPT TO:<address>: angle brackets missing, or a space around the colon"],
            ThenFor = f => f.Context.Command is { } command ? SmtpMailbox.SuggestedPath(command, f.Domain) : NextSteps.RcptTo,
        },
        new()
        {
            Codes = [501], TextAny = ["Syntax: EHLO", "Syntax: HELO"], After = [SmtpVerb.Ehlo, SmtpVerb.Helo],
            Says = "the server refused the greeting: a name is required",
            Causes = ["EHLO/HELO was sent without a domain name"],
            ThenFor = NextSteps.Ehlo,
        },
        new()
        {
            Codes = [555], TextAny = ["Syntax error"], After = MailOrRcpt,
            Says = "the server refused the command's syntax",
            Causes = ["angle brackets missing or a space around the colon: RFC 5321 §3.3 wants MAIL FROM:<address> and RCPT TO:<address>"],
            Then = "send it again as MAIL FROM:<address> or RCPT TO:<address>, with angle brackets and no spaces",
        },
        new()
        {
            Codes = [501], TextAny = ["Unrecognized parameter"], After = MailOrRcpt,
            Says = "the server does not know a parameter after the address",
            Causes = ["a parameter the server did not advertise (e.g. NOTIFY= when DSN is off)", "text after the address that is not a parameter"],
            Then = "send the command again without the parameter",
        },
        new()
        {
            Classes = Failures, TextAny = ["Domain not found"], After = MailOrRcpt,
            SaysFor = f => f.Contains(SenderAddress)
                ? "the server refused the sender: its domain does not resolve in DNS"
                : "the server refused the address: its domain does not resolve in DNS",
            Causes = ["the address's domain has no MX or A record in DNS (a 4xx reply: the lookup failed for now)", "a typing mistake in the domain"],
            Then = "use an address in a domain that resolves",
        },
        new()
        {
            Classes = Failures, TextAny = ["not owned by user"], After = MailOrRcpt,
            Says = "the server refused the sender: you may not send as that address",
            Causes = ["the authenticated user does not own the sender address"],
            Then = "MAIL FROM with the authenticated user's own address",
        },
        new()
        {
            Classes = Failures, TextAny = ["does not have permissions to send as this sender", "SendAsDenied"], After = [SmtpVerb.Mail, SmtpVerb.EndOfData],
            Says = "Exchange refused the sender: the account may not send as that address",
            Causes = ["the authenticated account has no Send As permission for the sender address"],
            Then = "MAIL FROM with the authenticated user's own address, or grant Send As",
        },
        new()
        {
            Classes = Failures, TextAny = ["banned sending IP"],
            Says = "Exchange Online refused the connection: the sending IP address is banned",
            Causes = ["Microsoft blocked the sending IP address for its reputation (spam seen from it)"],
            Then = "request delisting through Microsoft's delist portal (sender.office.com), or send from another address",
        },
        new()
        {
            Classes = Failures, TextAny = ["banned sender"],
            Says = "Exchange Online refused the sender: the address is banned",
            Causes = ["Microsoft banned the sender address after spam from it"],
            Then = "follow the delisting instructions in the reply",
        },
        new()
        {
            Classes = Failures, TextAny = ["traffic not accepted from this IP"],
            Says = "Exchange Online does not accept mail from this IP address",
            Causes = ["a new or low-reputation IP address that Exchange Online does not take mail from"],
            Then = "send through a relay with an established reputation, or ask Microsoft support",
        },
        new()
        {
            Classes = Failures, TextAny = ["unregistered domain"],
            Says = "Exchange Online refused mail from a sender domain no tenant has registered",
            Causes = ["the sender's domain is not an accepted domain of the tenant whose connector matched"],
            Then = "MAIL FROM with an address in a domain the tenant has registered",
        },
        new()
        {
            Classes = Failures, TextAny = ["blocked using", "Spamhaus", "blacklist", "blocklist", "block list", "listed at", "RBL"],
            Says = "the server refused you: your IP address is on a blocklist",
            Causes = [CommonCauses.Blocklisted, "a dynamic or home broadband IP address, which such lists hold by policy"],
            Then = "check the address at the list named in the reply and ask for delisting, or send through your provider's relay",
        },
        new()
        {
            Classes = Failures, TextAny = ["Client host rejected: Access denied", "Sender address rejected: Access denied", "Recipient address rejected: Access denied"],
            Says = "the server's access rules refused this",
            Causes = ["an access table on the server refuses your IP address, the sender or the recipient"],
            Then = "ask the server's administrators: the refusal is a local rule, not an error in your commands",
        },
        new()
        {
            Classes = Failures, TextAny = ["too many recipients"], After = [SmtpVerb.Rcpt],
            Says = "the recipient was not taken: this message has as many recipients as the server allows",
            Causes = ["the limit of recipients per message was reached (RFC 5321 §4.5.3.1.10 asks servers to take at least 100)"],
            Then = "DATA with the recipients accepted so far, then the others in another message",
        },
        new()
        {
            Classes = Failures, TextAny = ["Message size exceeds", "message too big", "exceeds size limit", "message exceeds", "size exceeds", "too large"],
            After = [SmtpVerb.EndOfData, SmtpVerb.Mail],
            Says = "the message is larger than the server accepts",
            Causes = ["the message (or the SIZE= declared in MAIL FROM) exceeds the limit the EHLO reply gives in SIZE"],
            Then = "send a smaller message (attachments are about a third larger once encoded)",
        },
        new()
        {
            Classes = Failures, TextAny = ["mailbox full", "mailbox is full", "over quota", "quota exceeded", "over its quota"],
            Says = "the recipient's mailbox is full",
            Causes = ["the recipient's mailbox is over its quota"],
            Then = "try again later, or reach the recipient another way",
        },
        new()
        {
            Codes = [421], TextAny = ["timeout exceeded", "Timeout", "timed out"],
            Says = "the server closed the connection after waiting too long for you",
            Causes =
            [
                "nothing was sent for longer than the server waits (Postfix: 300 seconds)",
                "the final \".\" was not alone on its line, so the server was still reading the message",
            ],
            Then = "open the connection again; end a message with \".\" alone on a line",
        },
        new()
        {
            Codes = [421], TextAny = ["too many errors"],
            Says = "the server is disconnecting you after too many errors in this session",
            Causes = ["too many refused or unrecognised commands in this session"],
            Then = "open the connection again and type each command carefully",
        },
        new()
        {
            Classes = Failures, TextAny = ["unusual rate", "rate limit", "too many messages", "too many connections", "sending rate"],
            Says = "the server is limiting how much mail it takes from you",
            Causes = ["too many messages or connections from your IP address or account in a short time"],
            Then = "wait, then send again more slowly",
        },
        new()
        {
            Codes = [421], TextAny = ["Try again later, closing connection"],
            Says = "Gmail defers this connection",
            Causes = ["Gmail limits mail from your IP address for now (its rate or reputation)"],
            Then = "open the connection again later",
        },
        new()
        {
            Classes = Failures, TextAny = ["Server busy", "Service not available", "Insufficient system resources"],
            Says = "the server is busy and takes no more mail now",
            Causes = ["the server is overloaded, shutting down, or short of disk or memory (Exchange: back pressure)"],
            Then = "open the connection again later",
        },
        new()
        {
            Classes = Failures, TextAny = ["queue file write error"],
            Says = "the server could not write the message to its queue",
            Causes = ["the server's queue disk is full, or the server has an internal problem"],
            Then = "send again later; tell the server's administrators if it lasts",
        },
        new()
        {
            Classes = Failures, TextAny = ["Temporary server error"],
            Says = "Exchange Online had a temporary error",
            Causes = ["a temporary problem inside Exchange Online (the code after the text, e.g. PRX, names it)"],
            Then = "send again later",
        },
        new()
        {
            Classes = [5], TextAny = ["Mail message is malformed", "message is malformed", "malformed"], After = [SmtpVerb.EndOfData],
            Says = "the message was refused as malformed",
            Causes =
            [
                CommonCauses.MissingBlankLine,
                "a malformed header, or missing or repeated From: or Date: headers",
                "lines ended with a bare LF instead of CRLF",
            ],
            Then = "send the message again: the headers, an empty line, the body, then \".\" alone on a line",
        },
        new()
        {
            Classes = Failures, TextAny = ["spam"], After = [SmtpVerb.EndOfData],
            Says = "the message was refused as spam",
            Causes = ["the content or the sender's reputation scored as spam", "sender authentication (SPF, DKIM, DMARC) failed or is missing"],
            Then = "send a plain, honest test with a sender domain you control",
        },
        new()
        {
            Codes = [534], TextAny = ["Application-specific password"], After = [SmtpVerb.Auth],
            Says = "Google refused the password: this account needs an app password",
            Causes = ["the account has 2-Step Verification, so its normal password cannot be used for SMTP"],
            Then = "create an app password for the account and AUTH with it",
        },
        new()
        {
            Codes = [534], TextAny = ["log in via your web browser", "web browser"], After = [SmtpVerb.Auth],
            Says = "Google blocked the sign-in",
            Causes = ["Google saw the sign-in as unusual and wants it confirmed in a browser first"],
            Then = "sign in to the account with a browser, then AUTH again",
        },
        new()
        {
            Codes = [535], TextAny = ["Username and Password not accepted", "authentication failed", "Authentication unsuccessful"], After = [SmtpVerb.Auth],
            Says = "authentication failed: the user name or password was not accepted",
            Causes =
            [
                "a wrong user name or password (both are sent in base64: check the encoding)",
                "the account needs an app password or OAuth2, or has SMTP AUTH disabled (Gmail, Exchange Online)",
                "the account is locked or disabled",
            ],
            Then = "AUTH again with the right credentials, each base64-encoded",
        },
        new()
        {
            Classes = [5], TextAny = ["authentication not enabled"], After = [SmtpVerb.Auth],
            Says = "AUTH is not offered on this connection",
            Causes = ["AUTH is offered only after STARTTLS: the EHLO reply that follows TLS lists it", "the server does not authenticate at all on this port"],
            ThenFor = NextSteps.AfterAuthUnavailable,
        },
        new()
        {
            Classes = [5], TextAny = ["already authenticated"], After = [SmtpVerb.Auth],
            Says = "AUTH refused: you are already authenticated",
            Causes = ["AUTH was accepted earlier in this session; it is allowed once"],
            ThenFor = NextSteps.MailFrom,
        },
        new()
        {
            Codes = [502, 252, 550, 500], TextAny = ["VRFY command is disabled", "Cannot VRFY user", "VRFY disabled"], After = [SmtpVerb.Vrfy],
            Says = "the server does not verify addresses with VRFY",
            Causes = ["VRFY is turned off so that outsiders cannot harvest valid addresses"],
            Then = "to test an address, start a transaction: MAIL FROM, then RCPT TO:<address> shows whether it is accepted",
        },
        // The rules below only tell `explain` which command a reply answers; the general rules explain it.
        new()
        {
            Codes = [220], TextAny = ["Ready to start TLS", "SMTP server ready", "Go ahead with TLS", "Begin TLS"], After = [SmtpVerb.StartTls],
        },
        new()
        {
            Codes = [220], Enhanced = "2.0.0", After = [SmtpVerb.StartTls],
        },
        new()
        {
            Codes = [220], TextAny = ["ESMTP", "SMTP", "Service ready", "Mail Service"], After = [SmtpVerb.Connect],
        },
        new()
        {
            Codes = [250], Enhanced = "2.1.0", After = [SmtpVerb.Mail],
        },
        new()
        {
            Codes = [250], Enhanced = "2.1.5", After = [SmtpVerb.Rcpt],
        },
        new()
        {
            Codes = [250], Enhanced = "2.6.0", After = [SmtpVerb.EndOfData],
        },
        new()
        {
            Codes = [250], TextAny = ["queued as", "Queued mail for delivery", "Message accepted for delivery", " id="], After = [SmtpVerb.EndOfData],
        },
        new()
        {
            Codes = [250], Enhanced = "2.0.0", TextAny = ["gsmtp"], After = [SmtpVerb.EndOfData],
        },
        new()
        {
            Codes = [250], TextAny = ["Hello", "pleased to meet you", "at your service"], After = [SmtpVerb.Ehlo, SmtpVerb.Helo],
        },
        new()
        {
            Codes = [221], After = [SmtpVerb.Quit], TextAny = ["Bye", "closing", "Goodbye", "Service closing"],
        },
    ];
}
