namespace TelnetLite.Core.Tls;

/// <summary>Everything known about a handshake that failed, for <see cref="TlsFailureExplainer"/>.</summary>
/// <param name="Received">The first bytes the server sent during the handshake (see <see cref="HandshakeRecordingStream"/>).</param>
/// <param name="ServerClosed">True when the server closed its side during the handshake.</param>
/// <param name="TimedOut">True when the handshake ran out of time.</param>
/// <param name="Error">The exception the handshake ended with, if any.</param>
/// <param name="Certificate">What the certificate check saw, when it ran.</param>
internal sealed record TlsHandshakeEvidence(
    string Host,
    int Port,
    TlsUpgradeKind Kind,
    byte[] Received,
    bool ServerClosed,
    bool TimedOut,
    TimeSpan Timeout,
    Exception? Error,
    TlsSessionDescription? Certificate);
