namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Causes read from the enhanced code alone (RFC 3463, RFC 5248's registry, RFC 7372): more precise than the
/// three-digit code, less than a vendor's wording.
/// </summary>
internal static class EnhancedCodeRules
{
    private static readonly int[] Failures = [4, 5];

    public static IReadOnlyList<ReplyRule> All { get; } =
    [
        Rule("x.1.1", "the mailbox does not exist at the destination", "a typing mistake in the address"),
        Rule("x.1.2", "the destination domain does not exist or takes no mail", "a typing mistake in the domain"),
        Rule("x.1.3", "a syntax error in the recipient's address"),
        Rule("x.1.4", "the address matches more than one mailbox"),
        Rule("x.1.6", "the mailbox has moved and no forwarding address is known"),
        Rule("x.1.7", SeedReplyRules.SenderSyntax),
        Rule("x.1.8", "the sender's domain does not exist in DNS, or its lookup failed (a 4xx reply: for now)"),
        Rule("x.1.10", "the recipient's domain publishes a null MX: it takes no mail (RFC 7505)"),
        Rule("x.2.1", "the mailbox is disabled and not accepting messages"),
        Rule("x.2.2", "the recipient's mailbox is over its quota"),
        Rule("x.2.3", "the message is larger than this mailbox accepts"),
        Rule("x.2.4", "a mailing list could not be expanded"),
        Rule("x.3.1", "the server's mail system is full"),
        Rule("x.3.2", "the server is not accepting messages now (shutting down or paused)"),
        Rule("x.3.3", "the message needs a feature the server lacks (e.g. 8-bit or UTF-8 support)"),
        Rule("x.3.4", "the message is larger than the server accepts (see SIZE in the EHLO reply)"),
        Rule("x.3.5", "the server is misconfigured"),
        Rule("x.4.1", "no answer from the next host", "Exchange Online uses 5.4.1 for a recipient that does not exist"),
        Rule("x.4.2", "the connection to the next host was lost or timed out"),
        Rule("x.4.3", "a DNS or directory lookup failed at the server"),
        Rule("x.4.4", "the server has no route for the domain (no MX or address record)"),
        Rule("x.4.5", "the server is congested: too much mail now"),
        Rule("x.4.6", "a mail routing loop"),
        Rule("x.4.7", "the message waited too long in a queue"),
        Rule("x.5.1", "the command is not known, or not valid at this point"),
        Rule("x.5.2", "a syntax error in the command"),
        Rule("x.5.3", "more recipients than the server accepts for one message"),
        Rule("x.5.4", "an argument of the command is invalid"),
        Rule("x.5.6", "an AUTH exchange line was too long"),
        Rule("x.6.0", "the content was refused (malformed or unacceptable)", CommonCauses.MissingBlankLine),
        Rule("x.6.1", "a media type in the message is not supported"),
        Rule("x.6.3", "8-bit or binary content the server cannot convert"),
        Rule("x.6.7", "a non-ASCII address without SMTPUTF8"),
        Rule("x.7.0", "a security or policy condition: often TLS or authentication is required first"),
        Rule("x.7.1", "you are not allowed to do this: relaying denied, or the sender or your IP address is refused by policy",
            "the server wants you to authenticate first"),
        Rule("x.7.2", "expanding that mailing list is not allowed"),
        Rule("x.7.4", "the security feature asked for is not supported"),
        Rule("x.7.8", "a wrong user name or password (both base64-encoded)", "the account is locked, or SMTP AUTH is disabled for it"),
        Rule("x.7.9", "the server does not accept this AUTH mechanism (too weak), often without TLS"),
        Rule("x.7.10", "encryption is required: STARTTLS first"),
        Rule("x.7.11", "this AUTH mechanism needs TLS first"),
        Rule("x.7.12", "the password must be changed before it can be used"),
        Rule("x.7.13", "the user account is disabled"),
        Rule("x.7.14", "the server requires a trust relationship with the sender"),
        Rule("x.7.15", "the message's priority (MT-PRIORITY) is too low for the server to take it now"),
        Rule("x.7.16", "the message is too big for the priority it asked for"),
        Rule("x.7.17", "the mailbox changed owner since the date RRVS gave"),
        Rule("x.7.18", "the domain changed owner since the date RRVS gave"),
        Rule("x.7.20", "the message carries no valid DKIM signature"),
        Rule("x.7.21", "no DKIM signature from a domain the server accepts"),
        Rule("x.7.22", "no valid DKIM signature from the author's (From:) domain"),
        Rule("x.7.23", "the sending IP address is not allowed by the sender domain's SPF record", CommonCauses.SendingForForeignDomain),
        Rule("x.7.24", "the SPF check gave an error (a broken SPF record, or a DNS failure)"),
        Rule("x.7.25", CommonCauses.NoPtr),
        Rule("x.7.26", CommonCauses.DmarcFailed, CommonCauses.SendingForForeignDomain),
        Rule("x.7.27", "the sender's domain publishes a null MX: it sends no mail (RFC 7505)"),
        Rule("x.7.29", "ARC validation of a forwarded message failed"),
        Rule("x.7.30", "the message asked for REQUIRETLS, which the next hop does not support"),
    ];

    private static ReplyRule Rule(string enhanced, params string[] causes) =>
        new() { Classes = Failures, Enhanced = enhanced, Causes = causes };
}
