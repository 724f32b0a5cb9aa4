namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Reads replies typed or pasted as text for <c>telnetlite explain</c>: one line, or several lines holding one or
/// more replies (multi-line replies included). Odd but recognisable replies are flagged, not refused; text that is
/// not a reply at all is refused with a message that says why.
/// </summary>
internal static class ReplyTextReader
{
    private const int MaxLineLength = 510; // 512 octets with CRLF, RFC 5321 §4.5.3.1.5
    private const string Example = "a reply starts with a three-digit code, e.g. 250 2.1.0 Sender OK";

    public static bool TryRead(string text, out IReadOnlyList<SmtpReply> replies, out string? error)
    {
        var read = TryReadWithContinuation(text, out var found, out error);
        replies = found.Select(item => item.Reply).ToList();
        return read;
    }

    /// <summary>
    /// Reads the replies; a reply whose last line is missing (<c>550-5.1.1 The email account...</c> pasted alone) is
    /// read from the lines given, with <c>Continues</c> set: it is explained, with a note that the reply goes on.
    /// </summary>
    public static bool TryReadWithContinuation(string text, out IReadOnlyList<(SmtpReply Reply, bool Continues)> replies, out string? error)
    {
        var found = new List<(SmtpReply, bool)>();
        replies = found;
        var rawLines = text.Split('\n');
        var numbered = rawLines.Length > 1 && rawLines.Count(l => l.Trim().Length > 0) > 1;
        var pending = new List<SmtpReplyLine>();
        for (var i = 0; i < rawLines.Length; i++)
        {
            var line = rawLines[i].Trim();
            if (line.Length == 0) continue;
            var where = numbered ? $"line {i + 1} is" : "this is";
            if (!TryReadLine(line, out var replyLine, out var missingSeparator))
            {
                error = $"{where} not an SMTP reply: \"{Shortened(line)}\"; {Example}";
                return false;
            }
            pending.Add(replyLine);
            if (missingSeparator) pending[^1] = replyLine with { IsLast = true };
            if (pending[^1].IsLast)
            {
                found.Add((Build(pending, missingSeparator), false));
                pending = [];
            }
        }
        if (pending.Count > 0) found.Add((Build(pending, false), true));
        if (found.Count == 0)
        {
            error = $"no reply given: {Example}";
            return false;
        }
        error = null;
        return true;
    }

    private static bool TryReadLine(string line, out SmtpReplyLine replyLine, out bool missingSeparator)
    {
        replyLine = null!;
        missingSeparator = false;
        if (line.Length < 3 || !char.IsAsciiDigit(line[0]) || !char.IsAsciiDigit(line[1]) || !char.IsAsciiDigit(line[2])) return false;
        if (line.Length > 3 && char.IsAsciiDigit(line[3])) return false;
        var code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
        if (line.Length == 3)
        {
            replyLine = new SmtpReplyLine(code, true, "", line);
            return true;
        }
        var separator = line[3];
        if (separator is ' ' or '-')
        {
            replyLine = new SmtpReplyLine(code, separator == ' ', line[4..], line);
            return true;
        }
        missingSeparator = true;
        replyLine = new SmtpReplyLine(code, true, line[3..], line);
        return true;
    }

    private static SmtpReply Build(List<SmtpReplyLine> lines, bool missingSeparator)
    {
        var flaws = SmtpReplyFlaws.None;
        var code = lines[0].Code;
        foreach (var line in lines)
        {
            if (line.Code != code) flaws |= SmtpReplyFlaws.MixedCodes;
            if (line.Raw.Length > MaxLineLength) flaws |= SmtpReplyFlaws.TooLong;
            foreach (var c in line.Raw)
            {
                if (c > 0x7F)
                {
                    flaws |= SmtpReplyFlaws.NonAscii;
                    break;
                }
            }
        }
        if (missingSeparator) flaws |= SmtpReplyFlaws.MissingSeparator;
        var enhanced = EnhancedOf(lines[^1].Text) ?? EnhancedOf(lines[0].Text);
        return new SmtpReply(code, enhanced, lines.ToArray(), flaws);
    }

    private static EnhancedStatusCode? EnhancedOf(string text)
    {
        var span = text.AsSpan().TrimStart();
        var space = span.IndexOf(' ');
        var word = space < 0 ? span : span[..space];
        return EnhancedStatusCode.TryParse(word, out var code) ? code : null;
    }

    private static string Shortened(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
