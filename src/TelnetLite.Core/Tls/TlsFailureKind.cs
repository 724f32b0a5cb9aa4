namespace TelnetLite.Core.Tls;

/// <summary>Why a TLS handshake failed.</summary>
internal enum TlsFailureKind
{
    /// <summary>The server's certificate is not valid for this connection (name, dates, chain) and verification is on.</summary>
    CertificateRejected,

    /// <summary>No protocol version or cipher suite both sides accept.</summary>
    NoSharedProtocol,

    /// <summary>The server ended the handshake with another alert (it wants a client certificate, does not know the name...).</summary>
    ServerAlert,

    /// <summary>The server closed the connection during the handshake without a word.</summary>
    ClosedDuringHandshake,

    /// <summary>Plain text (an SMTP reply) arrived where a TLS handshake was expected.</summary>
    PlaintextReply,

    /// <summary>The handshake did not finish in time.</summary>
    Timeout,

    /// <summary>The connection failed some other way (reset, I/O error).</summary>
    ConnectionError,
}
