using TelnetLite.Core.Auth;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Scripts;

/// <summary><c>!open [--tls|--no-tls] mx:DOMAIN [port]</c>: connect to the most preferred mail host of DOMAIN that answers.</summary>
/// <param name="Domain">The domain, checked and in its ASCII (xn--) form, without a trailing dot.</param>
/// <param name="Port">1 to 65535, or null for the runner's default (25).</param>
internal sealed record OpenMxStep(int LineNumber, string Domain, int? Port) : SmtpScriptStep(LineNumber)
{
    /// <summary>Whether the connection starts with TLS: <c>--tls</c>, <c>--no-tls</c>, or by the port (465) when neither is given.</summary>
    public TlsChoice Tls { get; init; } = TlsChoice.ByPort;
}

/// <summary><c>!starttls</c>: send STARTTLS and, when the server answers 220, switch to TLS before the next line.</summary>
/// <remarks>A plain <c>STARTTLS</c> line is a <see cref="SendLineStep"/>; the runner treats it the same way.</remarks>
internal sealed record StartTlsStep(int LineNumber) : SmtpScriptStep(LineNumber);

/// <summary><c>!auth MECHANISM USER</c>: authenticate; the password (or token) comes from <c>--password-file</c>,
/// <c>TELNETLITE_PASSWORD</c> or the terminal, read before connecting.</summary>
public sealed record AuthStep(int LineNumber, SaslMechanism Mechanism, string User) : SmtpScriptStep(LineNumber);
