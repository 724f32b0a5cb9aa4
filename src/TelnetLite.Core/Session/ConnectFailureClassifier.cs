using System.Net.Sockets;

namespace TelnetLite.Core.Session;

/// <summary>Maps the operating system's socket errors to the seed's causes.</summary>
/// <remarks>A table rather than scattered catch blocks, so that every error is tested without needing an unreachable network.</remarks>
internal static class ConnectFailureClassifier
{
    /// <summary>The cause behind a socket error.</summary>
    public static ConnectFailureKind Classify(SocketError error) => error switch
    {
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain or SocketError.NoRecovery => ConnectFailureKind.NameNotResolved,
        SocketError.ConnectionRefused => ConnectFailureKind.Refused,
        SocketError.TimedOut => ConnectFailureKind.TimedOut,
        SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown or SocketError.HostDown => ConnectFailureKind.Unreachable,
        SocketError.AddressNotAvailable or SocketError.AddressAlreadyInUse or SocketError.AddressFamilyNotSupported => ConnectFailureKind.BindFailed,
        _ => ConnectFailureKind.Other,
    };
}
