namespace TelnetLite.Core.Telnet;

/// <summary>Telnet command codes, valued as they travel on the wire after an IAC (RFC 854, "Telnet Command Structure").</summary>
public enum TelnetCommand : byte
{
    /// <summary>End of subnegotiation parameters (RFC 855).</summary>
    Se = 240,
    /// <summary>No operation (RFC 854).</summary>
    Nop = 241,
    /// <summary>Data Mark: the data stream portion of a Synch, always sent as TCP urgent data (RFC 854).</summary>
    Dm = 242,
    /// <summary>Break, the "BRK" or "ATTN" key (RFC 854).</summary>
    Brk = 243,
    /// <summary>Interrupt Process (RFC 854).</summary>
    Ip = 244,
    /// <summary>Abort Output (RFC 854).</summary>
    Ao = 245,
    /// <summary>Are You There (RFC 854).</summary>
    Ayt = 246,
    /// <summary>Erase Character (RFC 854).</summary>
    Ec = 247,
    /// <summary>Erase Line (RFC 854).</summary>
    El = 248,
    /// <summary>Go Ahead (RFC 854; suppressed by SUPPRESS-GO-AHEAD, RFC 858).</summary>
    Ga = 249,
    /// <summary>Start of subnegotiation of the option that follows (RFC 855).</summary>
    Sb = 250,
    /// <summary>The sender wants to begin, or confirms it now performs, the option (RFC 854).</summary>
    Will = 251,
    /// <summary>The sender refuses to perform, or to continue performing, the option (RFC 854).</summary>
    Wont = 252,
    /// <summary>The sender asks the receiver to perform, or confirms it expects the receiver to perform, the option (RFC 854).</summary>
    Do = 253,
    /// <summary>The sender demands the receiver stop, or not start, performing the option (RFC 854).</summary>
    Dont = 254,
    /// <summary>Interpret As Command: introduces every command; doubled, it is a 255 data byte (RFC 854).</summary>
    Iac = 255,
}
