namespace TelnetLite.Core.Events;

/// <summary>How a received line ended on the wire.</summary>
public enum LineEnding
{
    /// <summary>CR LF, the Telnet and SMTP line ending (RFC 854, RFC 5321 section 2.3.8).</summary>
    CrLf,
    /// <summary>A bare LF, as sent by many Unix services.</summary>
    Lf,
    /// <summary>No ending yet: a prompt taken on idle, or a piece of an over-long line.</summary>
    None,
}
