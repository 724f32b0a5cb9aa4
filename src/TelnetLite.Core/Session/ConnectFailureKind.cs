namespace TelnetLite.Core.Session;

/// <summary>Why a connection could not be opened, mapped to the seed's causes.</summary>
public enum ConnectFailureKind
{
    /// <summary>The name did not resolve: the FQDN or IP address is wrong.</summary>
    NameNotResolved,
    /// <summary>Actively refused: no service listens on that port.</summary>
    Refused,
    /// <summary>No answer in time: a firewall drops the connection, or the host is down.</summary>
    TimedOut,
    /// <summary>No route to the network or host.</summary>
    Unreachable,
    /// <summary>The local address given with <c>-b</c> cannot be used.</summary>
    BindFailed,
    /// <summary>An address of one family was given with <c>-4</c> / <c>-6</c> asking for the other.</summary>
    WrongAddressFamily,
    /// <summary>Anything else the operating system reported.</summary>
    Other,
}
