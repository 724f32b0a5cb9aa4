using System.Text;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Decodes a 334 challenge (RFC 4954: base64 text) and says what answer it wants.</summary>
internal static class AuthChallengeReader
{
    private const int MaxShown = 200;

    private enum Challenge { Empty, UserName, Password, CramMd5, OAuthError, Other, NotBase64 }

    public static string Describe(ReplyFacts facts)
    {
        var (kind, decoded) = Read(facts);
        return kind switch
        {
            Challenge.Empty => "the server waits for your answer: the challenge is empty",
            Challenge.UserName => $"the server asks for the user name (the challenge decodes to \"{decoded}\")",
            Challenge.Password => facts.Context.TlsActive
                ? $"the server asks for the password (the challenge decodes to \"{decoded}\")"
                : $"the server asks for the password (the challenge decodes to \"{decoded}\"); {new KnowledgeScope(facts.Knowledge, facts, facts.Context.Port).Say("password-without-tls")}",
            Challenge.CramMd5 => $"a CRAM-MD5 challenge: the server sent \"{decoded}\" for you to sign with the password",
            Challenge.OAuthError => $"the server reports an OAuth error: {decoded}",
            Challenge.Other => $"the server's challenge decodes to \"{decoded}\"",
            _ => $"an authentication challenge that is not valid base64: \"{decoded}\"",
        };
    }

    public static string NextStep(ReplyFacts facts) => Read(facts).Kind switch
    {
        Challenge.Empty => "your answer base64-encoded (AUTH PLAIN: the base64 of \\0user\\0password), or * to cancel",
        Challenge.UserName => "the user name, base64-encoded (chris@contoso.com is Y2hyaXNAY29udG9zby5jb20=), or * to cancel",
        Challenge.Password => "the password, base64-encoded, or * to cancel",
        Challenge.CramMd5 => "the base64 of \"user digest\", the digest being the challenge's HMAC-MD5 keyed with the password, in hex",
        Challenge.OAuthError => "an empty line: the server then sends its final reply",
        _ => "your answer base64-encoded, or * to cancel",
    };

    /// <summary>The text after <c>334 </c> decoded and safe to show (see <see cref="Visible"/>); null when it is not base64.</summary>
    public static string? Decode(string challengeText)
    {
        var (kind, decoded) = Read(challengeText);
        return kind == Challenge.NotBase64 ? null : decoded;
    }

    private static (Challenge Kind, string Decoded) Read(ReplyFacts facts) =>
        Read(facts.Reply.Lines.Count > 0 ? facts.Reply.Lines[^1].Text : "");

    private static (Challenge Kind, string Decoded) Read(string challengeText)
    {
        var text = challengeText.Trim();
        if (text.Length == 0) return (Challenge.Empty, "");
        var buffer = new byte[(text.Length / 4 + 1) * 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written)) return (Challenge.NotBase64, Visible(text));
        var decoded = Visible(Encoding.UTF8.GetString(buffer, 0, written));
        var trimmed = decoded.Trim();
        if (trimmed.StartsWith("user", StringComparison.OrdinalIgnoreCase)) return (Challenge.UserName, decoded);
        if (trimmed.StartsWith("pass", StringComparison.OrdinalIgnoreCase)) return (Challenge.Password, decoded);
        if (trimmed.StartsWith('<') && trimmed.EndsWith('>') && trimmed.Contains('@')) return (Challenge.CramMd5, decoded);
        if (trimmed.StartsWith('{')) return (Challenge.OAuthError, decoded);
        return (Challenge.Other, decoded);
    }

    /// <summary>Makes text safe to print: a NUL shows as \0 (aiosmtpd ends its LOGIN prompts with one), other control
    /// characters as \xNN, long text is cut.</summary>
    public static string Visible(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxShown));
        foreach (var c in text)
        {
            if (builder.Length >= MaxShown) return builder.Append('…').ToString();
            _ = c == '\0' ? builder.Append("\\0") : char.IsControl(c) ? builder.Append($"\\x{(int)c:X2}") : builder.Append(c);
        }
        return builder.ToString();
    }
}
