using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Tls;

namespace TelnetLite.Cli;

/// <summary>What <c>telnetlite run</c>'s command line says about connecting: TLS, the session's settings (certificate
/// check, DNS server), the controller's options (extra roots, the demo's pinned certificate, the password file).</summary>
internal sealed record RunConnection(TlsChoice Tls, SessionSettings Settings, SessionControllerOptions ControllerOptions, string? PasswordFile);
