using System.Buffers;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Finds the queue id in the reply to the end of a message: the handle to ask the server's admin about it.</summary>
internal static class QueueIdReader
{
    // Case-insensitive searches through SearchValues: string.IndexOf with OrdinalIgnoreCase is ten times slower
    // under invariant globalization.
    private static readonly SearchValues<string> PostfixMarker = Marker("queued as ");
    private static readonly SearchValues<string> EximMarker = Marker(" id=");
    private static readonly SearchValues<string> GmailMarker = Marker(" - gsmtp");
    private static readonly SearchValues<string> SendmailMarker = Marker(" Message accepted for delivery");

    public static string? Read(string text)
    {
        var span = text.AsSpan();
        // Postfix: "Ok: queued as 4Xyz".
        if (WordAfter(span, PostfixMarker, "queued as ".Length) is { Length: > 0 } postfix) return postfix.ToString();
        // Exchange: "<GUID@host> [InternalId=...] Queued mail for delivery".
        var open = span.IndexOf('<');
        if (open >= 0 && open < 20)
        {
            var close = text.IndexOf('>', open + 1);
            if (close > open + 1) return text[open..(close + 1)];
        }
        // Exim: "OK id=1abcde-000123-AB" (the space keeps Exchange's "InternalId=" out).
        if (WordAfter(span, EximMarker, " id=".Length) is { Length: > 0 } exim) return exim.TrimEnd([',', ']']).ToString();
        // Gmail: "OK  1700000000 a1b2si123.45 - gsmtp": the id is the word before " - gsmtp".
        var gmail = span.IndexOfAny(GmailMarker);
        if (gmail > 0) return LastWord(span[..gmail]);
        // Sendmail: "0A1B2C3D Message accepted for delivery".
        var sendmail = span.IndexOfAny(SendmailMarker);
        if (sendmail > 0) return LastWord(span[..sendmail]);
        return null;
    }

    private static SearchValues<string> Marker(string marker) => SearchValues.Create([marker], StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> text, SearchValues<string> marker, int markerLength)
    {
        var at = text.IndexOfAny(marker);
        if (at < 0) return [];
        var rest = text[(at + markerLength)..].TrimStart();
        var end = rest.IndexOf(' ');
        return end < 0 ? rest : rest[..end];
    }

    private static string? LastWord(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        var word = space < 0 ? trimmed : trimmed[(space + 1)..];
        return word.Length > 0 ? word.ToString() : null;
    }
}
