namespace TelnetLite.Core.Session;

/// <summary>Reads the reply to STARTTLS line by line: its final line says whether the TLS handshake may begin.</summary>
internal static class StartTlsReply
{
    /// <summary>
    /// 220 on the final line (<c>220 2.0.0 Ready to start TLS</c>): switch right after it; any other final line
    /// (454, 502...): the server refused, disarm; a continuation (<c>220-</c>): wait for the rest.
    /// </summary>
    public static StreamSwitchVerdict Judge(ReceivedLine line)
    {
        var text = line.Content.Span;
        if (text.Length < 3 || !char.IsAsciiDigit((char)text[0]) || !char.IsAsciiDigit((char)text[1]) || !char.IsAsciiDigit((char)text[2]))
            return StreamSwitchVerdict.Disarm;
        if (text.Length > 3 && text[3] == (byte)'-') return StreamSwitchVerdict.Wait;
        return text.StartsWith("220"u8) ? StreamSwitchVerdict.SwitchAfterThisLine : StreamSwitchVerdict.Disarm;
    }
}
