using System.Net;
using System.Net.Sockets;

namespace TelnetLite.Core.Demo;

/// <summary>The demo server's checks of EHLO domains and mailbox addresses, strict enough to reproduce the
/// seed's failure rows and lenient where Exchange is (no angle brackets needed).</summary>
internal static class DemoAddressSyntax
{
    private const string AtextSymbols = "!#$%&'*+-/=?^_`{|}~";

    /// <summary>Letters, digits, hyphens and dots only, or an address literal such as <c>[192.0.2.1]</c>.</summary>
    public static bool IsValidHeloDomain(string domain)
    {
        if (domain.Length is 0 or > 255) return false;
        if (domain[0] == '[') return IsAddressLiteral(domain);
        foreach (var c in domain)
        {
            if (!IsAsciiLetterOrDigit(c) && c is not ('-' or '.')) return false;
        }

        return true;
    }

    /// <summary><c>local@domain</c> with exactly one <c>@</c>, a dot-atom local part and a domain of non-empty labels.</summary>
    public static bool IsValidMailbox(string address)
    {
        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@') || at == address.Length - 1) return false;
        return IsDotAtom(address.AsSpan(0, at), isDomain: false)
            && (address[at + 1] == '[' ? IsAddressLiteral(address[(at + 1)..]) : IsDotAtom(address.AsSpan(at + 1), isDomain: true));
    }

    private static bool IsDotAtom(ReadOnlySpan<char> text, bool isDomain)
    {
        if (text.Length == 0 || text[0] == '.' || text[^1] == '.' || text.Contains("..", StringComparison.Ordinal)) return false;
        foreach (var c in text)
        {
            var allowed = IsAsciiLetterOrDigit(c) || c is '-' or '.' || (!isDomain && AtextSymbols.Contains(c));
            if (!allowed) return false;
        }

        return true;
    }

    private static bool IsAddressLiteral(string text)
    {
        if (text.Length < 3 || text[0] != '[' || text[^1] != ']') return false;
        var inner = text[1..^1];
        if (inner.StartsWith("IPv6:", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.TryParse(inner[5..], out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6;
        }

        var parts = inner.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }

    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}
