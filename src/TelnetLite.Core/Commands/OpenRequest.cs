using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Commands;

/// <summary><c>open [--tls|--no-tls] host [port]</c>: connect.</summary>
/// <remarks>
/// With no host (<c>open</c> alone) the controller asks for one: plain mode prompts <see cref="CommandInterpreter.OpenPrompt"/>
/// and passes the answer to <see cref="CommandInterpreter.ParseOpenTarget(string?)"/>; the TUI shows its Open dialog.
/// </remarks>
/// <param name="Host">A name or address, IPv6 without brackets; null when the user must be asked.</param>
/// <param name="Port">The port given (1 to 65535), or null for <see cref="DefaultPort"/> (465 with <c>--tls</c>).</param>
public sealed record OpenRequest(string? Host, int? Port) : CommandRequest
{
    /// <summary>Telnet's port, used when none is given.</summary>
    public const int DefaultPort = 23;

    /// <summary>Whether the connection starts with TLS: <c>--tls</c>, <c>--no-tls</c>, or by the port (465) when neither is given.</summary>
    public TlsChoice Tls { get; init; } = TlsChoice.ByPort;

    /// <summary>The port to connect to: the one given, else 465 with <c>--tls</c>, else <see cref="DefaultPort"/>.</summary>
    public int EffectivePort => Port ?? (Tls == TlsChoice.On ? ImplicitTls.Port : DefaultPort);

    /// <summary>True when the connection starts with a TLS handshake (implicit TLS).</summary>
    public bool UsesTls => ImplicitTls.Applies(Tls, EffectivePort);
}
