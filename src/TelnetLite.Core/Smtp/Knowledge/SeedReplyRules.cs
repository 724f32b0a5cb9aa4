namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// The replies of the seed's table (../shared/seed/README.md), with its causes in its own words: the walkthrough
/// TelnetLite exists to serve must read exactly as its source explains it.
/// </summary>
internal static class SeedReplyRules
{
    public const string InvalidDomainName =
        "invalid characters in the domain name, or a connection restriction on the target server";

    public const string SenderSyntax = "a syntax error in the sender's address";

    public const string AnonymousMail =
        "the target server does not accept anonymous mail; seen when sending straight to a server with Telnet";

    public const string NoSuchRecipient = "the recipient does not exist in the organisation";

    public static IReadOnlyList<ReplyRule> All { get; } =
    [
        new()
        {
            Codes = [501], Enhanced = "5.5.4", After = [SmtpVerb.Ehlo, SmtpVerb.Helo],
            Says = "the server refused your greeting: the domain name you gave is not valid",
            Causes = [InvalidDomainName],
            ThenFor = f => $"{NextSteps.Ehlo(f)} with a valid domain name (letters, digits, hyphens and dots only)",
        },
        new()
        {
            Codes = [550, 501, 553], Enhanced = "5.1.7", After = [SmtpVerb.Mail],
            Says = "the server refused the sender: the address is not valid",
            Causes = [SenderSyntax],
            ThenFor = f => $"{NextSteps.MailFrom(f)} with a well-formed address, in angle brackets",
        },
        new()
        {
            Codes = [530], Enhanced = "5.7.1", After = [SmtpVerb.Mail, SmtpVerb.Rcpt],
            Says = "the server refused mail from an unauthenticated client",
            Causes = [AnonymousMail, "the receive connector you reached requires authentication (submission, not server-to-server mail)"],
            ThenFor = f => $"authenticate first ({NextSteps.Authenticate(f)}), or send from a host the server accepts anonymous mail from",
        },
        new()
        {
            Codes = [550], Enhanced = "5.1.1", After = [SmtpVerb.Rcpt],
            Says = "the server refused the recipient: no such mailbox",
            Causes = [NoSuchRecipient, "a typing mistake in the recipient's address"],
            Then = "check the address, then RCPT TO:<another recipient>; recipients already accepted stay accepted",
        },
        new()
        {
            Codes = [354], After = [SmtpVerb.Data],
            Says = "start mail input: type the message, a blank line after the headers, end with \".\" alone",
            Then = NextSteps.Message,
        },
        new()
        {
            Codes = [250], After = [SmtpVerb.EndOfData],
            SaysFor = QueuedForDelivery,
            ThenFor = NextSteps.AfterMessage,
        },
        new()
        {
            Codes = [221], After = [SmtpVerb.Quit],
            Says = "the server closed the SMTP session",
            Then = NextSteps.Quit,
        },
    ];

    private static string QueuedForDelivery(ReplyFacts facts) => QueueIdReader.Read(facts.Text) is { } id
        ? $"the message was accepted and queued for delivery (queue id {id})"
        : "the message was accepted and queued for delivery";
}
