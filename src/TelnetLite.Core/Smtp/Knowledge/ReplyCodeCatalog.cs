using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>The reply codes of RFC 5321 §4.2 (with RFC 4954's and RFC 7504's), and what any other code's digits say.</summary>
internal static class ReplyCodeCatalog
{
    private static readonly Dictionary<int, string> Meanings = new()
    {
        [211] = "system status, or a help reply",
        [214] = "help message",
        [220] = "service ready",
        [221] = "service closing transmission channel",
        [235] = "authentication succeeded",
        [250] = "requested action okay, completed",
        [251] = "user not local; the server will forward the message",
        [252] = "cannot verify the user, but the server will accept the message and attempt delivery",
        [334] = "authentication challenge: send the next step of the exchange in base64",
        [354] = "start mail input; end with <CRLF>.<CRLF>",
        [421] = "service not available: the server is closing the connection",
        [432] = "a password transition is needed",
        [450] = "mailbox unavailable for now (busy, or temporarily blocked by policy)",
        [451] = "local error in processing: the server aborted the action",
        [452] = "insufficient system storage, or too many recipients",
        [454] = "temporary failure: authentication or TLS is not available now",
        [455] = "the server cannot accommodate the parameters now",
        [500] = "syntax error: command unrecognised (or the line was too long)",
        [501] = "syntax error in parameters or arguments",
        [502] = "command not implemented",
        [503] = "bad sequence of commands",
        [504] = "command parameter not implemented",
        [521] = "this server does not accept mail",
        [530] = "authentication required",
        [534] = "authentication mechanism too weak",
        [535] = "authentication credentials invalid",
        [538] = "encryption required for the requested authentication mechanism",
        [550] = "mailbox unavailable (not found, no access, or refused by policy)",
        [551] = "user not local; try the forward path the server gives",
        [552] = "exceeded storage allocation (message too big, or mailbox full)",
        [553] = "mailbox name not allowed (the address syntax is refused)",
        [554] = "transaction failed",
        [555] = "MAIL FROM / RCPT TO parameters not recognised or not implemented",
        [556] = "the domain does not accept mail",
    };

    /// <summary>Every code the standards define, for tests and for <c>explain</c>.</summary>
    public static IEnumerable<int> KnownCodes => Meanings.Keys;

    public static bool IsKnown(int code) => Meanings.ContainsKey(code);

    /// <summary>The standard meaning, or for any other code what its first and second digits say.</summary>
    public static string Meaning(int code)
    {
        if (Meanings.TryGetValue(code, out var meaning)) return meaning;
        if (code is < 100 or > 999) return "not an SMTP reply: it has no three-digit code";
        var first = code / 100;
        var second = code / 10 % 10;
        if (first is < 2 or > 5)
            return $"code {code} is a three-digit code outside 2xx–5xx: the first digit {first} is no reply class (2 success, 3 send more, 4 transient, 5 permanent)";
        return $"code {code} is not a standard reply code: class {first} ({ClassPhrase(first)}), category {second} ({CategoryPhrase(second)})";
    }

    /// <summary>The severity the first digit gives (RFC 5321 §4.2.1); anything else is a protocol warning.</summary>
    public static AssistSeverity SeverityOf(int code) => code is < 200 or > 599
        ? AssistSeverity.ProtocolWarning
        : (code / 100) switch
        {
            2 => AssistSeverity.Success,
            3 => AssistSeverity.Intermediate,
            4 => AssistSeverity.TransientFailure,
            _ => AssistSeverity.PermanentFailure,
        };

    private static string ClassPhrase(int first) => first switch
    {
        2 => "success: the command was done",
        3 => "intermediate: the server waits for more",
        4 => "transient failure: the same command may work later",
        _ => "permanent failure: the command will not work as sent",
    };

    private static string CategoryPhrase(int second) => second switch
    {
        0 => "syntax",
        1 => "information",
        2 => "connection",
        3 or 4 => "unspecified",
        5 => "mail system",
        _ => "not defined by RFC 5321",
    };
}
