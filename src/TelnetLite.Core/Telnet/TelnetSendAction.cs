namespace TelnetLite.Core.Telnet;

/// <summary>The special keys of <c>send ao|ayt|brk|esc|ip|synch</c>.</summary>
public enum TelnetSendAction
{
    /// <summary><c>send ao</c>: IAC AO, Abort Output (RFC 854).</summary>
    AbortOutput,
    /// <summary><c>send ayt</c>: IAC AYT, Are You There (RFC 854).</summary>
    AreYouThere,
    /// <summary><c>send brk</c>: IAC BRK, Break (RFC 854).</summary>
    Break,
    /// <summary><c>send esc</c>: the session's escape character itself, as data.</summary>
    Escape,
    /// <summary><c>send ip</c>: IAC IP, Interrupt Process (RFC 854).</summary>
    InterruptProcess,
    /// <summary><c>send synch</c>: IAC DM, whose DM must go as TCP urgent data (RFC 854, "The Synch Signal").</summary>
    Synch,
}
