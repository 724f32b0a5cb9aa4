namespace TelnetLite.Core.Smtp;

/// <summary>What was wrong with a reply as received. Flawed replies are still parsed and annotated.</summary>
[Flags]
public enum SmtpReplyFlaws
{
    /// <summary>A well-formed reply.</summary>
    None = 0,
    /// <summary>A continuation line carried a different code from the first line.</summary>
    MixedCodes = 1 << 0,
    /// <summary>The code was followed by neither a space, a hyphen nor the line end.</summary>
    MissingSeparator = 1 << 1,
    /// <summary>A line ended with a bare LF instead of CRLF (RFC 5321 §2.3.8).</summary>
    BareLineFeed = 1 << 2,
    /// <summary>A line was longer than 512 octets including CRLF (RFC 5321 §4.5.3.1.5).</summary>
    TooLong = 1 << 3,
    /// <summary>A line held bytes outside ASCII.</summary>
    NonAscii = 1 << 4,
    /// <summary>A line did not start with a three-digit code at all.</summary>
    NoCode = 1 << 5,
    /// <summary>A three-digit code outside 2xx–5xx, the reply classes of RFC 5321 §4.2.1 (e.g. <c>999</c>, <c>150</c>).</summary>
    UnknownClass = 1 << 6,
    /// <summary>The input ended (the connection closed or was reset) before the multi-line reply's last line.</summary>
    Unfinished = 1 << 7,
    /// <summary>More than 1000 lines: only the first 999 and the last were kept.</summary>
    TooManyLines = 1 << 8,
}
