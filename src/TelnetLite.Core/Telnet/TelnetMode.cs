namespace TelnetLite.Core.Telnet;

/// <summary>When Telnet processing is on for a session: <c>set mode auto|telnet|raw</c>.</summary>
/// <remarks>
/// With processing off the session is 8-bit clean: received bytes reach the screen and the log untouched and
/// sent bytes are not IAC-doubled, so SMTP data and BDAT are never altered.
/// </remarks>
public enum TelnetMode
{
    /// <summary>
    /// The default: on for port 23; on any other port off until the server sends a Telnet negotiation
    /// (IAC followed by DO, DONT, WILL, WONT or SB), then on for the rest of the connection.
    /// </summary>
    Auto,
    /// <summary>Always on, whatever the port.</summary>
    Telnet,
    /// <summary>Always off: a raw TCP session, even when the server sends Telnet negotiation.</summary>
    Raw,
}
