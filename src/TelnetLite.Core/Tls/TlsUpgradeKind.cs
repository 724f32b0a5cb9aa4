namespace TelnetLite.Core.Tls;

/// <summary>How the handshake was reached: with the connection (implicit TLS), or after STARTTLS's 220 (RFC 3207).</summary>
internal enum TlsUpgradeKind
{
    /// <summary><c>--tls</c>, <c>open --tls</c>, or port 465.</summary>
    Implicit,

    /// <summary>After the server answered 220 to STARTTLS.</summary>
    StartTls,
}
