namespace TelnetLite.Core.Telnet;

/// <summary>What a negotiation step changed that the session must act on.</summary>
[Flags]
internal enum TelnetNegotiationChanges
{
    /// <summary>Nothing the session needs to act on.</summary>
    None = 0,
    /// <summary>
    /// <see cref="TelnetNegotiator.RemoteEcho"/> flipped: the server now echoes (turn local echo off) or has
    /// stopped (restore the user's local echo setting).
    /// </summary>
    RemoteEcho = 1 << 0,
    /// <summary>Another supported option was enabled or disabled on either side (worth showing in <c>status</c>).</summary>
    OtherOption = 1 << 1,
}
