using TelnetLite.Core.Auth;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Commands;

/// <summary><c>open [--tls|--no-tls] mx:DOMAIN [port]</c>: connect to the most preferred mail host of DOMAIN that answers.</summary>
/// <param name="Domain">The domain, checked and in its ASCII (xn--) form, without a trailing dot.</param>
/// <param name="Port">The port given, or null for 25 (465 with <c>--tls</c>).</param>
/// <remarks>The controller looks the domain up (<c>MxLookup</c>), plans with <c>MxConnectPlanner</c> and connects through the plan.</remarks>
public sealed record OpenMxRequest(string Domain, int? Port) : CommandRequest
{
    /// <summary>SMTP's port between servers, used when none is given.</summary>
    public const int DefaultPort = 25;

    /// <summary>Whether the connection starts with TLS: <c>--tls</c>, <c>--no-tls</c>, or by the port (465).</summary>
    public TlsChoice Tls { get; init; } = TlsChoice.ByPort;

    /// <summary>The port to connect to: the one given, else 465 with <c>--tls</c>, else <see cref="DefaultPort"/>.</summary>
    public int EffectivePort => Port ?? (Tls == TlsChoice.On ? ImplicitTls.Port : DefaultPort);

    /// <summary>True when the connection starts with a TLS handshake (implicit TLS).</summary>
    public bool UsesTls => ImplicitTls.Applies(Tls, EffectivePort);
}

/// <summary><c>starttls</c>: send STARTTLS and, when the server answers 220, switch the connection to TLS at once.</summary>
internal sealed record StartTlsRequest : CommandRequest;

/// <summary><c>certificate</c>: show the server's TLS certificate in full, with its chain (the long form of the TLS description).</summary>
internal sealed record ShowCertificateRequest : CommandRequest;

/// <summary><c>auth [MECHANISM] [USER]</c>: authenticate with base64 and digests done for the user.</summary>
/// <param name="Mechanism">The mechanism asked for, or null for the strongest the server advertises.</param>
/// <param name="User">The user name, or null to ask for it.</param>
/// <remarks>The password (or token, for XOAUTH2) is always asked for, never typed on the command line.</remarks>
internal sealed record AuthRequest(SaslMechanism? Mechanism, string? User) : CommandRequest;

/// <summary><c>mx DOMAIN</c>: list the domain's mail hosts in preference order, with their addresses.</summary>
/// <param name="Domain">The domain, checked and in its ASCII (xn--) form, without a trailing dot.</param>
internal sealed record MxRequest(string Domain) : CommandRequest;
