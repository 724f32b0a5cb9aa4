namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// Decides which session lines may be kept in history: never an AUTH command, nor the credential lines that
/// answer its challenges (they follow AUTH until the user types an ordinary SMTP command again).
/// </summary>
internal sealed class SecretLineFilter
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "HELO", "EHLO", "LHLO", "MAIL", "RCPT", "DATA", "BDAT", "RSET", "NOOP", "QUIT", "VRFY", "EXPN", "HELP",
        "ETRN", "STARTTLS",
    };

    private bool _inAuthExchange;

    /// <summary>Returns true when <paramref name="line"/> may be written to history; call for every sent line, in order.</summary>
    public bool MayKeep(string line)
    {
        var word = FirstWord(line);
        if (word.Equals("AUTH", StringComparison.OrdinalIgnoreCase))
        {
            _inAuthExchange = true;
            return false;
        }
        if (_inAuthExchange)
        {
            if (!Verbs.Contains(word)) return false;
            _inAuthExchange = false;
        }
        return true;
    }

    private static string FirstWord(string line)
    {
        var trimmed = line.TrimStart();
        var end = trimmed.IndexOfAny([' ', '\t']);
        return end < 0 ? trimmed : trimmed[..end];
    }
}
