namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Why a TCP connect failed, as far as the socket error tells (the seed's five causes hide behind these).</summary>
public enum ConnectFailureKind
{
    /// <summary>The host name did not resolve in DNS.</summary>
    NameNotResolved,
    /// <summary>The host answered with a reset: nothing listens on the port.</summary>
    Refused,
    /// <summary>No answer within the connect timeout.</summary>
    TimedOut,
    /// <summary>No route to the host or its network.</summary>
    Unreachable,
    /// <summary>Any other failure.</summary>
    Other,
}
