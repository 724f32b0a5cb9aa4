namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Finds the queue id in the reply to the end of a message: the handle to ask the server's admin about it.</summary>
internal static class QueueIdReader
{
    public static string? Read(string text)
    {
        // Postfix: "Ok: queued as 4Xyz".
        if (WordAfter(text, "queued as ") is { } postfix) return postfix;
        // Exchange: "<GUID@host> [InternalId=...] Queued mail for delivery".
        var open = text.IndexOf('<');
        if (open >= 0 && open < 20)
        {
            var close = text.IndexOf('>', open + 1);
            if (close > open + 1) return text[open..(close + 1)];
        }
        // Exim: "OK id=1abcde-000123-AB" (the space keeps Exchange's "InternalId=" out).
        if (WordAfter(text, " id=") is { } exim) return exim.TrimEnd(',', ']');
        // Gmail: "OK  1700000000 a1b2si123.45 - gsmtp": the id is the word before " - gsmtp".
        var gmail = text.IndexOf(" - gsmtp", StringComparison.OrdinalIgnoreCase);
        if (gmail > 0) return LastWord(text[..gmail]);
        // Sendmail: "0A1B2C3D Message accepted for delivery".
        var sendmail = text.IndexOf(" Message accepted for delivery", StringComparison.OrdinalIgnoreCase);
        if (sendmail > 0) return LastWord(text[..sendmail]);
        return null;
    }

    private static string? WordAfter(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var rest = text[(at + marker.Length)..].TrimStart();
        var end = rest.IndexOf(' ');
        var word = end < 0 ? rest : rest[..end];
        return word.Length > 0 ? word : null;
    }

    private static string? LastWord(string text)
    {
        var trimmed = text.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        var word = space < 0 ? trimmed : trimmed[(space + 1)..];
        return word.Length > 0 ? word : null;
    }
}
