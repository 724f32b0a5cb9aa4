namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Explains what a server advertised in its EHLO reply, one line per keyword.</summary>
/// <remarks>
/// Every keyword gets a line, in the order advertised: <c>SIZE 36700160 — largest message 35 MiB (RFC 1870)</c>.
/// Unknown keywords starting with X are called non-standard extensions, any other unknown keyword an unregistered
/// keyword. Pure and total: never throws, whatever the server sent.
/// </remarks>
public static class SmtpCapabilityExplainer
{
    /// <summary>One line per advertised keyword: the line as the server sent it, a dash, and what it offers.</summary>
    public static IReadOnlyList<string> Explain(SmtpCapabilities capabilities)
    {
        var lines = new List<string>(capabilities.All.Count);
        foreach (var capability in capabilities.All) lines.Add(Explain(capability));
        return lines;
    }

    /// <summary>One keyword's line: <c>&lt;line as sent&gt; — &lt;what it offers&gt;</c>.</summary>
    public static string Explain(SmtpCapability capability) =>
        $"{capability.Line} — {CapabilityKeywordCatalog.Explain(capability)}";

    /// <summary>The keywords on one line, with SIZE readable and AUTH's mechanisms, for the EHLO reply's annotation.</summary>
    internal static string Summarize(SmtpCapabilities capabilities)
    {
        var parts = new List<string>(capabilities.All.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var capability in capabilities.All)
        {
            if (!seen.Add(capability.Keyword)) continue;
            parts.Add(capability.Keyword switch
            {
                "SIZE" => capabilities.MaxSize is { } bytes and > 0 ? $"SIZE {SizeText.Of(bytes)}" : "SIZE",
                "AUTH" => capabilities.AuthMechanisms.Count > 0 ? $"AUTH {string.Join(' ', capabilities.AuthMechanisms)}" : "AUTH",
                var keyword => keyword,
            });
        }
        return string.Join(", ", parts);
    }
}
