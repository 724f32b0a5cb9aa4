namespace TelnetLite.Core.Commands;

/// <summary>What <c>send</c> sends: a Telnet command (RFC 854) or text.</summary>
public enum SendKind
{
    /// <summary>Abort Output (IAC AO).</summary>
    Ao,
    /// <summary>Are You There (IAC AYT).</summary>
    Ayt,
    /// <summary>Break (IAC BRK); <c>send break</c> too.</summary>
    Brk,
    /// <summary>The current escape character itself, as data; <c>send escape</c> too.</summary>
    Esc,
    /// <summary>Interrupt Process (IAC IP).</summary>
    Ip,
    /// <summary>The Synch signal: IAC DM sent as urgent data (RFC 854).</summary>
    Synch,
    /// <summary>The text in <see cref="SendRequest.Text"/>.</summary>
    Text,
}
