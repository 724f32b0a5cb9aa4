namespace TelnetLite.Core.Smtp;

/// <summary>Words for what was malformed in a reply, for the protocol warning that follows its annotation.</summary>
internal static class SmtpReplyFlawDescriptions
{
    /// <summary>
    /// <c>warning: malformed reply: ...</c> naming every flaw, then a <c>cause:</c> line when the flaws point to one.
    /// </summary>
    public static IReadOnlyList<string> Lines(SmtpReplyFlaws flaws)
    {
        var parts = new List<string>(6);
        if (flaws.HasFlag(SmtpReplyFlaws.NoCode)) parts.Add("a line does not start with a three-digit reply code");
        if (flaws.HasFlag(SmtpReplyFlaws.MixedCodes)) parts.Add("a continuation line carries a different code from the first line (RFC 5321 §4.2.1)");
        if (flaws.HasFlag(SmtpReplyFlaws.MissingSeparator)) parts.Add("the code is followed by neither a space nor a hyphen");
        if (flaws.HasFlag(SmtpReplyFlaws.BareLineFeed)) parts.Add("a line ends with a bare LF instead of CRLF (RFC 5321 §2.3.8)");
        if (flaws.HasFlag(SmtpReplyFlaws.TooLong)) parts.Add("a line is longer than 512 octets (RFC 5321 §4.5.3.1.5)");
        if (flaws.HasFlag(SmtpReplyFlaws.NonAscii)) parts.Add("a line holds bytes outside ASCII");
        if (flaws.HasFlag(SmtpReplyFlaws.UnknownClass)) parts.Add("its code is a three-digit code outside 2xx–5xx, the SMTP reply classes (RFC 5321 §4.2.1)");
        if (flaws.HasFlag(SmtpReplyFlaws.Unfinished)) parts.Add("the connection ended before its last line (only ddd- lines arrived)");
        if (flaws.HasFlag(SmtpReplyFlaws.TooManyLines)) parts.Add($"it has more than {SmtpReplyParser.MaxLinesPerReply} lines (only the first {SmtpReplyParser.MaxLinesPerReply - 1} and the last are kept)");

        var lines = new List<string>(2) { "warning: malformed reply: " + string.Join("; ", parts) };
        if (flaws.HasFlag(SmtpReplyFlaws.NoCode))
            lines.Add("cause: the server on this port may not speak SMTP: check the host name and the port");
        else if (flaws.HasFlag(SmtpReplyFlaws.MixedCodes) || flaws.HasFlag(SmtpReplyFlaws.MissingSeparator))
            lines.Add("cause: a broken server, or a proxy or firewall rewriting the SMTP conversation");
        else if (flaws.HasFlag(SmtpReplyFlaws.UnknownClass))
            lines.Add("cause: a broken server, or one that does not speak SMTP; it is taken as the answer to the last command, which it does not accept");
        return lines;
    }
}
