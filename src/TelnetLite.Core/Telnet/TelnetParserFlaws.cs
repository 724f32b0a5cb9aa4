namespace TelnetLite.Core.Telnet;

/// <summary>What was wrong with the Telnet stream as received. Flawed input is dropped, never thrown on.</summary>
[Flags]
internal enum TelnetParserFlaws
{
    /// <summary>Nothing was wrong.</summary>
    None = 0,
    /// <summary>An IAC was followed by a byte that is no command (below 240); both bytes were dropped.</summary>
    InvalidCommand = 1 << 0,
    /// <summary>A subnegotiation outgrew the parser's buffer; it was dropped whole.</summary>
    SubnegotiationOverflow = 1 << 1,
    /// <summary>
    /// A subnegotiation was cut short by an IAC followed by neither SE nor IAC, or had no option byte;
    /// it was dropped, and the command that cut it short was processed (RFC 855 leaves this undefined).
    /// </summary>
    MalformedSubnegotiation = 1 << 2,
    /// <summary>An IAC SE arrived outside any subnegotiation; it was dropped.</summary>
    StraySubnegotiationEnd = 1 << 3,
}
