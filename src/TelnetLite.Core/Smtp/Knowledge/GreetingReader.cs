using System.Buffers;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Reads a 220 greeting: who answers, and whether it is an SMTP server at all.</summary>
internal static class GreetingReader
{
    private static readonly SearchValues<string> Ftp = SearchValues.Create(["FTP"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Smtp = SearchValues.Create(["SMTP"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Esmtp = SearchValues.Create(["ESMTP"], StringComparison.OrdinalIgnoreCase);

    public static string Describe(ReplyFacts facts)
    {
        var lines = facts.Reply.Lines;
        var first = lines.Count > 0 ? lines[0].Text.AsSpan().Trim() : [];
        var space = first.IndexOf(' ');
        var name = space < 0 ? first : first[..space];
        var who = name.Length > 0 ? string.Concat(" of ", name) : "";
        var namesSmtp = facts.Contains(Smtp);
        // An FTP server also greets with 220: say so rather than explain an FTP banner as mail.
        if (!namesSmtp && facts.Contains(Ftp))
            return string.Concat("a 220 greeting", who, ", but its text names FTP: this may not be a mail server");
        return namesSmtp && facts.Contains(Esmtp)
            ? string.Concat("the server greets you: the SMTP service", who, " is ready and speaks ESMTP (EHLO lists its extensions)")
            : string.Concat("the server greets you: the SMTP service", who, " is ready");
    }
}
