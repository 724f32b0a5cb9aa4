namespace TelnetLite.Core.Smtp;

/// <summary>Whether an address may be repeated in a command TelnetLite suggests, and what to suggest instead.</summary>
/// <remarks>A hint that repeats an address the server will refuse looks like advice and is none: it gets a placeholder.</remarks>
internal static class SmtpMailbox
{
    private const string AtextSymbols = "!#$%&'*+-/=?^_`{|}~";

    /// <summary>
    /// True for <c>local-part@domain</c> as RFC 5321 §4.1.2 writes a Mailbox: a dot-atom (non-ASCII allowed, RFC 6531)
    /// or quoted local part of at most 64 characters, and a host name or an address literal in brackets.
    /// </summary>
    public static bool IsValid(string? address)
    {
        if (string.IsNullOrEmpty(address)) return false;
        var at = address.LastIndexOf('@');
        if (at <= 0 || at > 64) return false;
        var domain = address[(at + 1)..];
        var domainValid = domain.Length > 2 && domain[0] == '[' && domain[^1] == ']'
            ? !domain[1..^1].Any(c => c is '[' or ']' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
            : SmtpHostName.IsValid(domain);
        return domainValid && IsLocalPart(address[..at]);
    }

    /// <summary>
    /// The address to write in a suggested MAIL FROM or RCPT TO: the one typed when valid (the null sender
    /// <c>&lt;&gt;</c> too), else a placeholder with the user's own domain when known.
    /// </summary>
    public static string Suggested(SmtpCommand command, string? senderDomain)
    {
        if (IsValid(command.Address)) return command.Address!;
        if (command.Verb == SmtpVerb.Mail && command.Address is "" && command.HasAngleBrackets) return "";
        return command.Verb == SmtpVerb.Mail
            ? $"sender@{(senderDomain is { Length: > 0 } ? senderDomain : "your-domain")}"
            : "recipient@domain";
    }

    /// <summary><c>MAIL FROM:&lt;address&gt;</c> or <c>RCPT TO:&lt;address&gt;</c> with <see cref="Suggested"/> and the given parameter text.</summary>
    public static string SuggestedPath(SmtpCommand command, string? senderDomain, string parameterSuffix = "")
    {
        var prefix = command.Verb == SmtpVerb.Mail ? "MAIL FROM" : "RCPT TO";
        return $"{prefix}:<{Suggested(command, senderDomain)}>{parameterSuffix}";
    }

    private static bool IsLocalPart(string local)
    {
        if (local.Length >= 2 && local[0] == '"' && local[^1] == '"')
            return !local[1..^1].Any(char.IsControl);
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal)) return false;
        foreach (var c in local)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.' || AtextSymbols.Contains(c)) continue;
            if (c >= 128 && !char.IsControl(c) && !char.IsWhiteSpace(c)) continue;
            return false;
        }
        return true;
    }
}
