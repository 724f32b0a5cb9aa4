namespace TelnetLite.Core.Demo;

/// <summary>The address and ESMTP parameters of a MAIL FROM or RCPT TO line, with or without angle brackets.</summary>
/// <param name="Address">The mailbox; empty for the null sender <c>&lt;&gt;</c>.</param>
/// <param name="Parameters">Each <c>KEY=value</c> (or bare <c>KEY</c>, value null), keys upper-cased.</param>
internal sealed record DemoPath(string Address, IReadOnlyList<KeyValuePair<string, string?>> Parameters)
{
    /// <summary>Parses what follows the verb, e.g. <c>TO:kate@fabrikam.com NOTIFY=success,failure</c>.</summary>
    /// <param name="argument">The text after the verb.</param>
    /// <param name="keyword">"FROM:" or "TO:".</param>
    /// <param name="allowNullPath">Whether <c>&lt;&gt;</c> is acceptable (MAIL FROM only).</param>
    /// <param name="path">The parsed path when the result is <see cref="DemoPathParseResult.Parsed"/>.</param>
    public static DemoPathParseResult TryParse(string argument, string keyword, bool allowNullPath, out DemoPath? path)
    {
        path = null;
        var text = argument.TrimStart(' ');
        if (!text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)) return DemoPathParseResult.MissingKeyword;
        text = text[keyword.Length..].TrimStart(' ');

        string address;
        string rest;
        if (text.StartsWith('<'))
        {
            var close = text.IndexOf('>');
            if (close < 0) return DemoPathParseResult.BadAddress;
            address = text[1..close];
            rest = text[(close + 1)..];
            if (rest.Length > 0 && rest[0] != ' ') return DemoPathParseResult.BadAddress;
        }
        else
        {
            var space = text.IndexOf(' ');
            address = space < 0 ? text : text[..space];
            rest = space < 0 ? "" : text[space..];
        }

        var isNullPath = address.Length == 0 && allowNullPath && text.StartsWith('<');
        if (!isNullPath && !DemoAddressSyntax.IsValidMailbox(address) && !IsBarePostmaster(address, keyword))
        {
            return DemoPathParseResult.BadAddress;
        }

        var parameters = new List<KeyValuePair<string, string?>>();
        foreach (var token in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = token.IndexOf('=');
            parameters.Add(equals < 0
                ? new(token.ToUpperInvariant(), null)
                : new(token[..equals].ToUpperInvariant(), token[(equals + 1)..]));
        }

        path = new DemoPath(address, parameters);
        return DemoPathParseResult.Parsed;
    }

    // RFC 5321 4.5.1: every server must accept RCPT TO:<Postmaster> without a domain.
    private static bool IsBarePostmaster(string address, string keyword) =>
        keyword.Equals("TO:", StringComparison.OrdinalIgnoreCase) && address.Equals("postmaster", StringComparison.OrdinalIgnoreCase);
}
