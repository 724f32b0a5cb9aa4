namespace TelnetLite.Core.Smtp;

/// <summary>What a server advertised in its EHLO reply (RFC 5321 §4.1.1.1): every line after the first is a keyword.</summary>
public sealed class SmtpCapabilities
{
    private readonly Dictionary<string, SmtpCapability> _byKeyword;

    private SmtpCapabilities(string greetingName, IReadOnlyList<SmtpCapability> all)
    {
        ServerName = greetingName;
        All = all;
        _byKeyword = new Dictionary<string, SmtpCapability>(StringComparer.OrdinalIgnoreCase);
        foreach (var capability in all) _byKeyword.TryAdd(capability.Keyword, capability);
    }

    /// <summary>The first word of the EHLO reply's first line: the name the server gives itself.</summary>
    public string ServerName { get; }

    /// <summary>Every keyword line, in the order advertised.</summary>
    public IReadOnlyList<SmtpCapability> All { get; }

    /// <summary>True when the keyword was advertised (case-insensitive).</summary>
    public bool Has(string keyword) => _byKeyword.ContainsKey(keyword);

    /// <summary>The keyword's line, or null.</summary>
    public SmtpCapability? Get(string keyword) => _byKeyword.GetValueOrDefault(keyword);

    /// <summary>SIZE's limit in bytes (RFC 1870); null when not advertised or not given; 0 means no fixed limit.</summary>
    public long? MaxSize =>
        Get("SIZE") is { Parameters.Count: > 0 } size && long.TryParse(size.Parameters[0], out var bytes) ? bytes : null;

    /// <summary>The AUTH mechanisms advertised (upper case), from <c>AUTH</c> and the old <c>AUTH=</c> form.</summary>
    public IReadOnlyList<string> AuthMechanisms =>
        All.Where(c => c.Keyword == "AUTH").SelectMany(c => c.Parameters).Select(p => p.ToUpperInvariant()).Distinct().ToList();

    /// <summary>Reads the capabilities from a successful EHLO (or LHLO) reply. Never throws; odd lines are kept as keywords.</summary>
    public static SmtpCapabilities FromEhloReply(SmtpReply reply)
    {
        var name = reply.Lines.Count > 0 ? FirstWord(reply.Lines[0].Text) : "";
        var capabilities = new List<SmtpCapability>();
        for (var i = 1; i < reply.Lines.Count; i++)
        {
            var text = reply.Lines[i].Text.Trim();
            if (text.Length == 0) continue;
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var keyword = words[0];
            var parameters = words.Skip(1).ToList();
            // Old servers (and Exchange) also send "AUTH=LOGIN PLAIN" for clients that predate RFC 2554's final form.
            var equals = keyword.IndexOf('=');
            if (equals > 0)
            {
                parameters.Insert(0, keyword[(equals + 1)..]);
                keyword = keyword[..equals];
            }
            capabilities.Add(new SmtpCapability(keyword.ToUpperInvariant(), parameters.Where(p => p.Length > 0).ToList(), text));
        }
        return new SmtpCapabilities(name, capabilities);
    }

    private static string FirstWord(string text)
    {
        var trimmed = text.TrimStart();
        var space = trimmed.IndexOf(' ');
        return space < 0 ? trimmed : trimmed[..space];
    }
}
