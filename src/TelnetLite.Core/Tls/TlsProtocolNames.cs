using System.Security.Authentication;

namespace TelnetLite.Core.Tls;

/// <summary>Protocol versions as people write them: <c>TLS 1.2</c>, <c>TLS 1.3</c>.</summary>
internal static class TlsProtocolNames
{
    public static string Of(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls12 => "TLS 1.2",
        SslProtocols.Tls13 => "TLS 1.3",
        var other => other.ToString(),
    };
}
