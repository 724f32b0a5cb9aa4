namespace TelnetLite.Core.Tls;

/// <summary>Where TLS starts with the connection rather than after STARTTLS.</summary>
public static class ImplicitTls
{
    /// <summary>Port 465, "submissions" (RFC 8314 §7.3): TLS from the first byte.</summary>
    public const int Port = 465;

    /// <summary>Whether a connection to <paramref name="port"/> with <paramref name="choice"/> starts with a TLS handshake.</summary>
    public static bool Applies(TlsChoice choice, int port) => choice switch
    {
        TlsChoice.On => true,
        TlsChoice.Off => false,
        _ => port == Port,
    };
}
