using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Scripts;

/// <summary><c>!open [--tls|--no-tls] host [port]</c>: connect, as classic telnet's <c>open</c> does.</summary>
/// <param name="Port">1 to 65535, or null for the runner's default (25).</param>
internal sealed record OpenStep(int LineNumber, string Host, int? Port) : SmtpScriptStep(LineNumber)
{
    /// <summary>Whether the connection starts with TLS: <c>--tls</c>, <c>--no-tls</c>, or by the port (465) when neither is given.</summary>
    public TlsChoice Tls { get; init; } = TlsChoice.ByPort;
}
