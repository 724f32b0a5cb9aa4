namespace TelnetLite.Core.Tls;

/// <summary>Whether a connection starts with a TLS handshake (implicit TLS, RFC 8314) or in plain text.</summary>
public enum TlsChoice
{
    /// <summary>Decided by the port: implicit TLS on 465 (submissions), plain text elsewhere.</summary>
    ByPort,

    /// <summary>TLS from the first byte (<c>--tls</c>, <c>open --tls</c>).</summary>
    On,

    /// <summary>Plain text, even on 465 (<c>--no-tls</c>, <c>open --no-tls</c>).</summary>
    Off,
}
