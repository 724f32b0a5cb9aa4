namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Reads a 220 greeting: who answers, and whether it is an SMTP server at all.</summary>
internal static class GreetingReader
{
    public static string Describe(ReplyFacts facts)
    {
        var lines = facts.Reply.Lines;
        var first = lines.Count > 0 ? lines[0].Text.Trim() : "";
        var space = first.IndexOf(' ');
        var name = space < 0 ? first : first[..space];
        var who = name.Length > 0 ? $" of {name}" : "";
        // An FTP server also greets with 220: say so rather than explain an FTP banner as mail.
        if (facts.Contains("FTP") && !facts.Contains("SMTP"))
            return $"a 220 greeting{who}, but its text names FTP: this may not be a mail server";
        return facts.Contains("ESMTP")
            ? $"the server greets you: the SMTP service{who} is ready and speaks ESMTP (EHLO lists its extensions)"
            : $"the server greets you: the SMTP service{who} is ready";
    }
}
