namespace TelnetLite.Core.Commands;

/// <summary>When Telnet processing is on (<c>set mode auto|telnet|raw</c>).</summary>
/// <remarks>
/// Distinct from the Telnet parser's own state: this is the user's choice, the parser's mode is what it is doing now.
/// </remarks>
public enum ProtocolModeSetting
{
    /// <summary>On for port 23, and switched on as soon as the server sends a Telnet negotiation; raw until then.</summary>
    Auto,
    /// <summary>Always on: IAC sequences are parsed and 0xFF is doubled when sending.</summary>
    Telnet,
    /// <summary>Never on: every byte passes unchanged both ways (8-bit clean).</summary>
    Raw,
}
