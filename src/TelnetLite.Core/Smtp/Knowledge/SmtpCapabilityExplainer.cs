using System.Text;

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
    /// <param name="capabilities">What the server advertised.</param>
    /// <param name="prefix">Text to put before the keywords (the summary is built in one go).</param>
    internal static string Summarize(SmtpCapabilities capabilities, string prefix = "")
    {
        var all = capabilities.All;
        var builder = new StringBuilder(prefix, prefix.Length + all.Count * 12);
        var first = true;
        for (var i = 0; i < all.Count; i++)
        {
            var keyword = all[i].Keyword;
            if (SeenBefore(all, i)) continue;
            if (!first) builder.Append(", ");
            first = false;
            switch (keyword)
            {
                case "SIZE":
                    builder.Append("SIZE");
                    if (capabilities.MaxSize is { } bytes and > 0) builder.Append(' ').Append(SizeText.Of(bytes));
                    break;
                case "AUTH":
                    builder.Append("AUTH");
                    var mechanisms = AuthMechanisms(capabilities);
                    foreach (var mechanism in mechanisms) builder.Append(' ').Append(mechanism);
                    break;
                default:
                    builder.Append(keyword);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// The AUTH mechanisms advertised, upper case, each once, in the order advertised (as
    /// <see cref="SmtpCapabilities.AuthMechanisms"/>, without its LINQ).
    /// </summary>
    internal static List<string> AuthMechanisms(SmtpCapabilities capabilities)
    {
        var mechanisms = new List<string>();
        foreach (var capability in capabilities.All)
        {
            if (capability.Keyword != "AUTH") continue;
            foreach (var parameter in capability.Parameters)
            {
                var mechanism = parameter.ToUpperInvariant();
                if (!mechanisms.Contains(mechanism)) mechanisms.Add(mechanism);
            }
        }
        return mechanisms;
    }

    // Keywords are few (a dozen or two): a look back is cheaper than a set.
    private static bool SeenBefore(IReadOnlyList<SmtpCapability> all, int index)
    {
        var keyword = all[index].Keyword;
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(all[j].Keyword, keyword, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
