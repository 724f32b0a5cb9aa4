using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace TelnetLite.Core.Session;

/// <summary>How a <see cref="SessionController"/> connects, beyond the user's settings.</summary>
/// <param name="Family">Address family restriction (<c>-4</c> / <c>-6</c>).</param>
/// <param name="BindAddress">Local source address (<c>-b</c>).</param>
public sealed record SessionControllerOptions(AddressFamilyPreference Family = AddressFamilyPreference.Any, IPAddress? BindAddress = null)
{
    /// <summary>Extra roots to trust for TLS beside the system's (<c>--cafile</c>, a lab CA); null for none.</summary>
    public X509Certificate2Collection? TrustedRoots { get; init; }

    /// <summary>The file <see cref="TrustedRoots"/> came from, to name it when a certificate is trusted through it.</summary>
    public string? TrustedRootsSource { get; init; }

    /// <summary>
    /// The SHA-256 fingerprint (hex) of the one certificate trusted whatever its chain: the built-in demo server's,
    /// which TelnetLite's own <c>--demo</c> sessions know; null for none.
    /// </summary>
    public string? PinnedCertificateSha256 { get; init; }

    /// <summary>Where AUTH's password comes from first (<c>--password-file</c>); then TELNETLITE_PASSWORD, then the person is asked.</summary>
    public string? PasswordFile { get; init; }

    /// <summary>The longest wait for a reply during AUTH (the command line's <c>--reply-timeout</c>).</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
