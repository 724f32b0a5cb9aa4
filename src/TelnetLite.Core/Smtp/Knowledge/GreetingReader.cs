using System.Buffers;
using System.Globalization;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Reads a 220 greeting: who answers, and whether it is an SMTP server at all.</summary>
/// <remarks>
/// The server's name is the first word of the greeting's first line (RFC 5321 §4.3.1: <c>220 domain text</c>), or of
/// its last line when the first is a banner; a word that is no host name or address literal is not called a name.
/// A greeting of many lines is said to be so: a server that sends thousands of lines before "220 " is misbehaving or
/// slowing clients down on purpose.
/// </remarks>
internal static class GreetingReader
{
    private const int ManyLines = 10;

    private static readonly SearchValues<string> Ftp = SearchValues.Create(["FTP"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Smtp = SearchValues.Create(["SMTP"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Esmtp = SearchValues.Create(["ESMTP"], StringComparison.OrdinalIgnoreCase);

    public static string Describe(ReplyFacts facts)
    {
        var lines = facts.Reply.Lines;
        var name = lines.Count == 0 ? [] : ServerName(lines[0].Text);
        if (name.IsEmpty && lines.Count > 1) name = ServerName(lines[^1].Text);
        var who = name.IsEmpty ? "" : string.Concat(" of ", name);
        var length = lines.Count > ManyLines
            ? string.Create(CultureInfo.InvariantCulture, $"; the greeting is {lines.Count} lines long, far more than a server needs: it may be misbehaving, or slowing clients down on purpose")
            : "";
        var namesSmtp = facts.Contains(Smtp);
        // An FTP server also greets with 220: say so rather than explain an FTP banner as mail.
        if (!namesSmtp && facts.Contains(Ftp))
            return string.Concat("a 220 greeting", who, ", but its text names FTP: this may not be a mail server", length);
        return namesSmtp && facts.Contains(Esmtp)
            ? string.Concat("the server greets you: the SMTP service", who, " is ready and speaks ESMTP (EHLO lists its extensions)", length)
            : string.Concat("the server greets you: the SMTP service", who, " is ready", length);
    }

    /// <summary>The line's first word when it is a host name or an address literal; empty otherwise.</summary>
    private static ReadOnlySpan<char> ServerName(string text)
    {
        var line = text.AsSpan().Trim();
        var space = line.IndexOf(' ');
        var word = space < 0 ? line : line[..space];
        if (word.Length is 0 or > 255) return [];
        if (word[0] == '[' && word[^1] == ']' && word.Length > 2) return word;
        if (!word.Contains('.') && !word.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return [];
        // The common case, an ASCII host name, is checked without making a string of it.
        return IsAsciiHostName(word) || SmtpHostName.IsValid(word.ToString()) ? word : [];
    }

    private static bool IsAsciiHostName(ReadOnlySpan<char> word)
    {
        if (word[0] is '.' or '-' || word[^1] is '.' or '-') return false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiLetterOrDigit(c) || c == '-') continue;
            if (c != '.' || word[i - 1] is '.' or '-' || word[i + 1] == '-') return false;
        }
        return !char.IsAsciiDigit(word[^1]);
    }
}
