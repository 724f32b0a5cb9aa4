namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// What each code means after each command (RFC 5321 §4.3.2, RFC 4954, RFC 3207): a 250 after EHLO, MAIL, RCPT
/// and "." are four different pieces of news.
/// </summary>
internal static class CommandReplyRules
{
    private static readonly SmtpVerb[] Greeting = [SmtpVerb.Ehlo, SmtpVerb.Helo];
    private static readonly SmtpVerb[] MailOrRcpt = [SmtpVerb.Mail, SmtpVerb.Rcpt];

    public static IReadOnlyList<ReplyRule> All { get; } =
    [
        // The connection.
        On(220, SmtpVerb.Connect) with { SaysFor = GreetingReader.Describe, ThenFor = NextSteps.EhloWithExample },
        On(421, SmtpVerb.Connect) with
        {
            Says = "the server refuses connections for now and closes this one",
            Causes = ["the server is overloaded, or limits connections from your address", "your address is deferred for now (too many connections, or its reputation)"],
            Then = "open the connection again later",
        },
        On(554, SmtpVerb.Connect) with
        {
            Says = "the server refuses this connection: no SMTP service for you here",
            Causes = ["your IP address is on a blocklist or refused by the server's policy", "the service on this port does not take mail"],
            Then = "QUIT, then read the reply's text (it often names the list); try from another network or through your provider's relay",
        },

        // EHLO, HELO.
        On(250, SmtpVerb.Ehlo) with { SaysFor = EhloReader.Describe, ThenFor = EhloReader.NextStep },
        On(250, SmtpVerb.Helo) with { Says = "the server accepted your greeting (HELO: no extensions are listed; EHLO would list them)" },
        On(501, Greeting) with
        {
            Says = "the server refused your greeting: the name you gave is not valid",
            Causes = [SeedReplyRules.InvalidDomainName, "no domain name after EHLO/HELO"],
            ThenFor = f => $"{NextSteps.Ehlo(f)} with a valid domain name",
        },
        On(502, SmtpVerb.Ehlo) with
        {
            Says = "the server does not know EHLO: an old SMTP server without extensions",
            Causes = ["the server implements only RFC 821 SMTP"],
            ThenFor = NextSteps.Helo,
        },
        On(504, Greeting) with
        {
            Says = "the server refused the name in your greeting",
            Causes = ["the name is not a fully-qualified domain name"],
            ThenFor = f => $"EHLO with a fully-qualified name, e.g. EHLO mail.{f.Domain ?? "contoso.com"}",
        },
        On(550, Greeting) with
        {
            Says = "the server refused your greeting by policy",
            Causes = ["the name you gave is refused (e.g. it claims to be the server itself)", "your address may not send to this server"],
            ThenFor = f => $"{NextSteps.Ehlo(f)} with this host's real name",
        },

        // MAIL.
        On(250, SmtpVerb.Mail) with { Says = "the server accepted the sender", Then = NextSteps.RcptTo },
        On(451, SmtpVerb.Mail) with
        {
            Says = "the server could not process the sender now",
            Causes = ["a temporary problem at the server, e.g. the DNS lookup of your domain failed", CommonCauses.Greylisting],
        },
        On(452, SmtpVerb.Mail) with
        {
            Says = "the server has no room for a message now",
            Causes = ["the server's queue is full", "the SIZE= you declared is more than the space free now"],
        },
        On(455, MailOrRcpt) with
        {
            Says = "the server cannot honour a parameter of the command now",
            Causes = ["a parameter (SIZE=, NOTIFY=, RET=...) cannot be accommodated at the moment"],
            Then = "send the command again later, or without the parameter",
        },
        On(501, SmtpVerb.Mail) with
        {
            Says = "the server refused the sender's syntax",
            Causes = [SeedReplyRules.SenderSyntax, "the command is not written MAIL FROM:<address> (angle brackets missing, or a space around the colon)"],
            ThenFor = NextSteps.MailFrom,
        },
        On(503, SmtpVerb.Mail) with
        {
            Says = "bad sequence: the server does not expect MAIL FROM now",
            Causes = ["EHLO or HELO was not sent first, or was refused", "a transaction is already open: a second MAIL FROM needs RSET first", "the server wants AUTH first"],
            ThenFor = f => $"{NextSteps.Ehlo(f)} first, or RSET to abandon the open transaction",
        },
        On(550, SmtpVerb.Mail) with
        {
            Says = "the server refused the sender",
            Causes = ["the sender's address or domain is refused by policy (SPF, blocklist, unknown domain)", "the server wants you to authenticate before sending as this sender"],
            Then = "MAIL FROM with another sender, or authenticate first",
        },
        On(552, SmtpVerb.Mail) with
        {
            Says = "the message you announced is too big",
            Causes = ["the SIZE= you declared exceeds the limit the EHLO reply gives in SIZE"],
            Then = "send a smaller message",
        },
        On(553, SmtpVerb.Mail) with
        {
            Says = "the server does not allow that sender address",
            Causes = [SeedReplyRules.SenderSyntax, "you may not send as this address (it is not the authenticated user's)"],
            ThenFor = NextSteps.MailFrom,
        },
        On(555, SmtpVerb.Mail) with
        {
            Says = "the server does not recognise a MAIL FROM parameter",
            Causes = ["a parameter the server did not advertise (BODY=, SIZE=, RET=, ENVID=, SMTPUTF8)", "text after the address that is not a parameter"],
            ThenFor = f => $"{NextSteps.MailFrom(f)} without the parameter",
        },
        On(530, SmtpVerb.Mail) with
        {
            Says = "the server requires authentication before it accepts mail",
            Causes = ["the server takes mail only from authenticated clients (submission)", "your address may not send anonymously"],
            ThenFor = NextSteps.Authenticate,
        },

        // RCPT.
        On(250, SmtpVerb.Rcpt) with { Says = "the server accepted the recipient", Then = NextSteps.AnotherRecipientOrData },
        On(251, SmtpVerb.Rcpt) with { Says = "the server accepted the recipient and will forward the message (the user is not local)", Then = NextSteps.AnotherRecipientOrData },
        On(450, SmtpVerb.Rcpt) with
        {
            Says = "the server did not take the recipient for now",
            Causes = [CommonCauses.Greylisting, "the mailbox is busy or locked", "a check could not complete for now (e.g. a DNS lookup of the sender's domain)"],
            Then = "send the same RCPT TO again in a few minutes (greylisting usually lets the retry through)",
        },
        On(451, SmtpVerb.Rcpt) with
        {
            Says = "the server could not process the recipient now",
            Causes = ["a temporary problem at the server (a DNS, directory or anti-spam lookup)", CommonCauses.Greylisting],
        },
        On(452, SmtpVerb.Rcpt) with
        {
            Says = "the server took no more recipients for this message",
            Causes = ["the limit of recipients per message was reached (RFC 5321 §4.5.3.1.10)", "the server is short of storage"],
            Then = "DATA with the recipients accepted so far, then the others in another message",
        },
        On(501, SmtpVerb.Rcpt) with
        {
            Says = "the server refused the recipient's syntax",
            Causes = ["a syntax error in the recipient's address", "the command is not written RCPT TO:<address> (angle brackets missing, or a space around the colon)", "a NOTIFY= or ORCPT= value the server cannot read"],
            Then = "RCPT TO:<recipient> with a well-formed address",
        },
        On(503, SmtpVerb.Rcpt) with
        {
            Says = "bad sequence: RCPT TO needs an accepted MAIL FROM first",
            Causes = ["MAIL FROM was not sent, or was refused"],
            ThenFor = NextSteps.MailFrom,
        },
        On(550, SmtpVerb.Rcpt) with
        {
            Says = "the server refused the recipient",
            Causes = ["the recipient does not exist", CommonCauses.RelayDenied, "a policy refuses this sender or your IP address for this recipient"],
            Then = "check the address, then RCPT TO:<another recipient>",
        },
        On(551, SmtpVerb.Rcpt) with
        {
            Says = "the user is not local: the server names the address to use instead",
            Causes = ["the mailbox has moved; the reply gives its new address"],
            Then = "RCPT TO:<the address the reply gives>",
        },
        On(552, SmtpVerb.Rcpt) with
        {
            Says = "the server did not take the recipient: storage exceeded",
            Causes = ["the recipient's mailbox is full", "more recipients than the server takes for one message"],
            Then = "DATA with the recipients accepted so far, or try this recipient later",
        },
        On(553, SmtpVerb.Rcpt) with
        {
            Says = "the server does not allow that recipient address",
            Causes = ["a syntax error in the recipient's address", "the server refuses this form of address"],
            Then = "RCPT TO:<recipient> with a well-formed address",
        },
        On(554, SmtpVerb.Rcpt) with
        {
            Says = "the server refused the recipient",
            Causes = [CommonCauses.RelayDenied, "a policy refuses this sender or your IP address"],
            Then = "RCPT TO:<someone in a domain this server hosts>, or authenticate first",
        },
        On(555, SmtpVerb.Rcpt) with
        {
            Says = "the server does not recognise a RCPT TO parameter",
            Causes = ["NOTIFY= or ORCPT= sent although the server did not advertise DSN", "text after the address that is not a parameter"],
            Then = "RCPT TO:<recipient> without the parameter",
        },
        On(556, SmtpVerb.Rcpt) with
        {
            Says = "the recipient's domain does not accept mail (RFC 7504)",
            Causes = ["the domain publishes a null MX: it never receives mail (RFC 7505)", "a typing mistake in the domain"],
            Then = "check the recipient's domain",
        },

        // DATA and the message.
        On(503, SmtpVerb.Data) with
        {
            Says = "bad sequence: DATA needs at least one accepted recipient",
            Causes = ["no RCPT TO was accepted (none was sent, or every one was refused)", "MAIL FROM was not sent, or was refused"],
            Then = "RCPT TO:<recipient> first; do not type the message now: its lines would be read as commands",
        },
        On(554, SmtpVerb.Data) with
        {
            Says = "DATA refused: the transaction failed",
            Causes = ["no valid recipients: every RCPT TO was refused", "a policy refuses this transaction"],
            Then = "RCPT TO with an address the server accepts; the message lines typed now would be read as commands",
        },
        On(450, SmtpVerb.EndOfData) with
        {
            Says = "the server deferred the message",
            Causes = [CommonCauses.Greylisting, "a content, rate or reputation check deferred it for now"],
            Then = "send the message again later",
        },
        On(451, SmtpVerb.EndOfData) with
        {
            Says = "the server could not take the message now",
            Causes = ["a temporary problem at the server (its queue, or the anti-virus or anti-spam scanner)"],
            Then = "send the message again later",
        },
        On(452, SmtpVerb.EndOfData) with
        {
            Says = "the server has no room to queue the message now",
            Causes = ["the server is short of storage"],
            Then = "send the message again later",
        },
        On(550, SmtpVerb.EndOfData) with
        {
            Says = "the server refused the message by policy",
            Causes = ["the content or the sender's reputation looked like spam or malware", "sender authentication (SPF, DKIM, DMARC) failed", "your address or domain is on a blocklist"],
            Then = "read the reply's text for the reason; check the sender domain's SPF, DKIM and DMARC",
        },
        On(552, SmtpVerb.EndOfData) with
        {
            Says = "the server refused the message: storage exceeded",
            Causes = ["the message is larger than the server accepts (see SIZE in the EHLO reply)", "the recipient's mailbox is over its quota"],
            Then = "send a smaller message",
        },
        On(554, SmtpVerb.EndOfData) with
        {
            Says = "the server refused the message",
            Causes = ["the content was refused as spam, malware or malformed", "sender authentication (SPF, DKIM, DMARC) failed", "no valid recipients remained"],
            Then = "read the reply's text for the reason, then correct the message or the sender",
        },

        // The other commands.
        On(250, SmtpVerb.Rset) with { Says = "the transaction was reset: sender, recipients and message data are forgotten" },
        On(250, SmtpVerb.Noop) with { Says = "the server is alive (NOOP does nothing else)" },
        On(250, SmtpVerb.Vrfy) with { Says = "the server confirms the mailbox" },
        On(251, SmtpVerb.Vrfy) with { Says = "the user is not local; the server gives the address mail will be forwarded to" },
        On(252, SmtpVerb.Vrfy) with { Says = "the server will not verify the address, but will accept mail for it and try to deliver" },
        On(550, SmtpVerb.Vrfy) with { Says = "no such mailbox", Causes = ["the address does not exist on this server"] },
        On(551, SmtpVerb.Vrfy) with { Says = "the user is not local; the reply names the address to use" },
        On(553, SmtpVerb.Vrfy) with { Says = "the address is ambiguous or not allowed", Causes = ["the name matches several mailboxes, or its syntax is refused"] },
        On(502, SmtpVerb.Vrfy) with
        {
            Says = "VRFY is disabled on this server",
            Causes = ["VRFY is turned off so that outsiders cannot harvest valid addresses"],
            Then = "to test an address, start a transaction: MAIL FROM, then RCPT TO:<address> shows whether it is accepted",
        },
        On(250, SmtpVerb.Expn) with { Says = "the mailing list was expanded, one member per line" },
        On(252, SmtpVerb.Expn) with { Says = "the server will not expand the list" },
        On(550, SmtpVerb.Expn) with { Says = "no such mailing list", Causes = ["the name is not a list on this server"] },
        On(502, SmtpVerb.Expn) with { Says = "EXPN is disabled on this server", Causes = ["EXPN is turned off so that outsiders cannot read list members"], Then = "nothing to do: the server keeps its lists private" },
        On(211, SmtpVerb.Help) with { Says = "the server's status or help" },
        On(214, SmtpVerb.Help) with { Says = "the server's help text" },
        On(502, SmtpVerb.Help) with { Says = "HELP is not implemented here", Causes = ["the server offers no help text"], Then = "nothing to do: carry on with the conversation" },
        On(250, SmtpVerb.Bdat) with { Says = "the chunk was accepted (after BDAT ... LAST: the whole message was accepted)" },
        On(250, SmtpVerb.Etrn) with { Says = "the server will deliver the mail it holds for that domain" },
        On(251, SmtpVerb.Etrn) with { Says = "the server holds no mail for that domain" },
        On(252, SmtpVerb.Etrn) with { Says = "delivery of the mail held for that domain has started" },
        On(253, SmtpVerb.Etrn) with { Says = "delivery of the messages held for that domain has started (the reply gives how many)" },
        On(458, SmtpVerb.Etrn) with { Says = "the server cannot start delivery for that domain now (RFC 1985)", Causes = ["a temporary problem starting the queue run"] },
        On(459, SmtpVerb.Etrn) with { Says = "ETRN is not allowed for that domain (RFC 1985)", Causes = ["the domain is not one this server holds mail for, or you may not ask for it"], Then = "ETRN with a domain the server holds mail for" },
        On(221, SmtpVerb.Quit) with { Says = "the server closed the SMTP session", Then = NextSteps.Quit },

        // AUTH (RFC 4954).
        On(235, SmtpVerb.Auth) with { Says = "authentication succeeded: you may now send mail as this user", ThenFor = NextSteps.MailFrom },
        On(334, SmtpVerb.Auth) with { SaysFor = AuthChallengeReader.Describe, ThenFor = AuthChallengeReader.NextStep },
        On(432, SmtpVerb.Auth) with
        {
            Says = "a password transition is needed before this account can authenticate",
            Causes = ["the account's password must be changed (or moved to a new mechanism) first"],
            Then = "change the password with the provider, then AUTH again",
        },
        On(454, SmtpVerb.Auth) with
        {
            Says = "temporary authentication failure",
            Causes = ["the server's authentication back end (directory, password service) is not reachable now"],
            Then = "AUTH again later",
        },
        On(500, SmtpVerb.Auth) with
        {
            Says = "the server could not read the authentication exchange",
            Causes = ["the base64 could not be decoded", "an AUTH line longer than the server accepts"],
            Then = "AUTH again, with each answer base64-encoded on one line",
        },
        On(501, SmtpVerb.Auth) with
        {
            Says = "the authentication exchange was refused or cancelled",
            Causes = ["the base64 could not be decoded", "the exchange was cancelled with \"*\"", "AUTH was sent without a mechanism"],
            Then = "AUTH <mechanism> again, with each answer base64-encoded",
        },
        On(502, SmtpVerb.Auth) with
        {
            Says = "AUTH is not available on this connection",
            Causes = ["the server does not authenticate here, or only after STARTTLS"],
            ThenFor = NextSteps.AfterAuthUnavailable,
        },
        On(503, SmtpVerb.Auth) with
        {
            Says = "AUTH is not allowed now",
            Causes = ["you are already authenticated", "AUTH is not allowed during a mail transaction", "AUTH is not enabled: it probably needs STARTTLS first"],
            ThenFor = NextSteps.MailFrom,
        },
        On(504, SmtpVerb.Auth) with
        {
            Says = "the server does not support that authentication mechanism",
            Causes = ["the mechanism is not in the EHLO reply's AUTH line"],
            Then = "AUTH with a mechanism the EHLO reply lists",
        },
        On(530, SmtpVerb.Auth) with
        {
            Says = "the server requires TLS before authentication",
            Causes = ["the server accepts AUTH only over TLS"],
            ThenFor = NextSteps.AuthNeedsTls,
        },
        On(534, SmtpVerb.Auth) with
        {
            Says = "the authentication mechanism is too weak for this server",
            Causes = ["the server refuses this mechanism (e.g. LOGIN or PLAIN without TLS)"],
            ThenFor = f => $"AUTH with a stronger mechanism the EHLO reply lists; or over TLS, which {TlsAdvice.CannotDoTls}: test it with {TlsAdvice.Tools(f.Context.Port)}",
        },
        On(535, SmtpVerb.Auth) with
        {
            Says = "authentication failed: the credentials are not valid",
            Causes = ["a wrong user name or password (both are sent in base64: check the encoding)", "the account needs an app password or OAuth2, or has SMTP AUTH disabled", "the account is locked or disabled"],
            Then = "AUTH again with the right credentials, each base64-encoded",
        },
        On(538, SmtpVerb.Auth) with
        {
            Says = "this authentication mechanism needs an encrypted connection",
            Causes = ["the connection is not yet protected by TLS"],
            ThenFor = NextSteps.AuthNeedsTls,
        },

        // STARTTLS (RFC 3207).
        On(220, SmtpVerb.StartTls) with
        {
            Says = $"the server now expects a TLS handshake, which {TlsAdvice.CannotDoTls}: this session cannot go on in clear text",
            ThenFor = f => $"close the connection (Ctrl+] then close: the server would take anything typed now for a broken handshake), and test TLS with {TlsAdvice.Tools(f.Context.Port)}",
        },
        On(454, SmtpVerb.StartTls) with
        {
            Says = "TLS is not available now",
            Causes = ["a problem with the server's certificate or TLS set-up"],
            ThenFor = f => $"carry on without TLS ({NextSteps.MailFrom(f)}) if the server allows it, or try again later",
        },
        On(501, SmtpVerb.StartTls) with { Says = "STARTTLS takes no argument", Causes = ["text was sent after STARTTLS"], Then = "STARTTLS alone on the line" },
        On(502, SmtpVerb.StartTls) with { Says = "the server does not offer STARTTLS", Causes = ["TLS is not set up on this server or port"], Then = "carry on without TLS, or use port 465 (TLS from the start) if the server has it" },
        On(503, SmtpVerb.StartTls) with { Says = "TLS is already on", Causes = ["STARTTLS was already accepted on this connection"], ThenFor = NextSteps.Ehlo },
    ];

    private static ReplyRule On(int code, SmtpVerb verb) => new() { Codes = [code], After = [verb] };

    private static ReplyRule On(int code, SmtpVerb[] verbs) => new() { Codes = [code], After = verbs };
}
