namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Tells whether capabilities were read from a given EHLO reply, so that the reply need not be read again.</summary>
internal static class EhloReplyMatch
{
    /// <summary>
    /// True when <see cref="SmtpCapabilities.FromEhloReply"/> of <paramref name="reply"/> gives exactly
    /// <paramref name="capabilities"/>: the same server name and the same keyword lines in the same order (a
    /// capability is read from its line alone).
    /// </summary>
    public static bool Describes(SmtpCapabilities capabilities, SmtpReply reply)
    {
        var lines = reply.Lines;
        var all = capabilities.All;
        if (lines.Count == 0) return capabilities.ServerName.Length == 0 && all.Count == 0;
        if (!FirstWord(lines[0].Text).SequenceEqual(capabilities.ServerName)) return false;
        var next = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            if (text.Length == 0) continue;
            if (next == all.Count || !text.SequenceEqual(all[next].Line)) return false;
            next++;
        }
        return next == all.Count;
    }

    private static ReadOnlySpan<char> FirstWord(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        var space = trimmed.IndexOf(' ');
        return space < 0 ? trimmed : trimmed[..space];
    }
}
