namespace TelnetLite.Core.Telnet;

/// <summary>Telnet option codes as they travel on the wire after WILL, WONT, DO, DONT or SB.</summary>
/// <remarks>
/// Lists the options a server is likely to offer, so that logs can name them; TelnetLite supports only
/// <see cref="Echo"/>, <see cref="SuppressGoAhead"/>, <see cref="TerminalType"/> and <see cref="WindowSize"/>
/// and refuses every other option, listed here or not. Options travel as bytes, so any value 0–255 may arrive.
/// </remarks>
internal enum TelnetOption : byte
{
    /// <summary>TRANSMIT-BINARY (RFC 856).</summary>
    Binary = 0,
    /// <summary>ECHO (RFC 857): the side that performs it echoes the data it receives.</summary>
    Echo = 1,
    /// <summary>SUPPRESS-GO-AHEAD (RFC 858).</summary>
    SuppressGoAhead = 3,
    /// <summary>STATUS (RFC 859).</summary>
    Status = 5,
    /// <summary>TIMING-MARK (RFC 860).</summary>
    TimingMark = 6,
    /// <summary>TERMINAL-TYPE (RFC 1091).</summary>
    TerminalType = 24,
    /// <summary>END-OF-RECORD (RFC 885).</summary>
    EndOfRecord = 25,
    /// <summary>NAWS, Negotiate About Window Size (RFC 1073).</summary>
    WindowSize = 31,
    /// <summary>TERMINAL-SPEED (RFC 1079).</summary>
    TerminalSpeed = 32,
    /// <summary>TOGGLE-FLOW-CONTROL (RFC 1372).</summary>
    RemoteFlowControl = 33,
    /// <summary>LINEMODE (RFC 1184).</summary>
    LineMode = 34,
    /// <summary>X-DISPLAY-LOCATION (RFC 1096).</summary>
    XDisplayLocation = 35,
    /// <summary>The old ENVIRON option (RFC 1408).</summary>
    Environment = 36,
    /// <summary>AUTHENTICATION (RFC 2941).</summary>
    Authentication = 37,
    /// <summary>ENCRYPT (RFC 2946).</summary>
    Encrypt = 38,
    /// <summary>NEW-ENVIRON (RFC 1572).</summary>
    NewEnvironment = 39,
    /// <summary>CHARSET (RFC 2066).</summary>
    Charset = 42,
    /// <summary>EXTENDED-OPTIONS-LIST (RFC 861).</summary>
    ExtendedOptionsList = 255,
}
