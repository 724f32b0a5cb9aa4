namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Causes and next steps for a code whatever command it answers: the last word before the code's own meaning.</summary>
internal static class CodeReplyRules
{
    public static IReadOnlyList<ReplyRule> All { get; } =
    [
        Any(221) with { Says = "the server is closing the connection", Then = NextSteps.Quit },
        Any(421) with
        {
            Says = "the server is closing the connection: service not available",
            Causes =
            [
                "the server is shutting down or overloaded",
                "too many errors or commands from you in this session",
                "you were idle longer than the server waits (about 5 minutes)",
            ],
            Then = "open the connection again, later",
        },
        Any(500) with
        {
            Causes = [CommonCauses.TypingMistake, CommonCauses.BackspaceSent, "the line was longer than 512 octets", CommonCauses.AfterRefusedData],
            Then = "type the command again, spelt out (EHLO, MAIL FROM:, RCPT TO:, DATA, QUIT...)",
        },
        Any(501) with { Causes = ["the command's argument is missing or malformed"] },
        Any(502) with { Causes = ["the server does not implement this command, or has turned it off"], Then = "carry on without this command" },
        Any(503) with
        {
            Causes = ["a command out of order: the order is EHLO, MAIL FROM, RCPT TO, DATA, the message, \".\""],
            Then = "send the command the order expects next",
        },
        Any(504) with { Causes = ["a parameter of the command is not supported"], Then = "send the command again without that parameter" },
        Any(521) with
        {
            Says = "this host does not accept mail at all (RFC 7504)",
            Causes = ["the host has no mail service; it only answers to say so", CommonCauses.WrongServer],
            Then = "QUIT, then connect to the host the domain's MX record names",
        },
        Any(530) with { Causes = ["the server requires authentication (or TLS) before this command"], ThenFor = NextSteps.Authenticate },
        Any(535) with { Causes = ["a wrong user name or password (both base64-encoded)"], Then = "AUTH again with the right credentials" },
        Any(554) with
        {
            Causes = ["a policy refuses this transaction, your address or the content"],
            Then = "read the reply's text for the reason",
        },
        Any(556) with
        {
            Causes = ["the domain publishes a null MX: it never receives mail (RFC 7505)", "a typing mistake in the domain"],
            Then = "check the recipient's domain",
        },
        new()
        {
            Classes = [4],
            Causes = ["a temporary condition at the server"],
        },
        new()
        {
            Classes = [5],
            Causes = ["the server refuses the command as sent; its text is the best explanation"],
        },
    ];

    private static ReplyRule Any(int code) => new() { Codes = [code] };
}
