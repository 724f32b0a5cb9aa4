using System.Security.Cryptography.X509Certificates;

namespace TelnetLite.Core.Tls;

/// <summary>How <see cref="TlsUpgrader"/> checks the server and how long it waits.</summary>
/// <param name="Verify">True (the default) stops at an invalid certificate; false (<c>--insecure</c>, <c>set tls verify
/// off</c>) goes on and marks the session unverified.</param>
/// <param name="TrustedRoots">Extra root certificates to trust beside the system's (<c>--cafile</c>, read with
/// <see cref="TlsCaFile.TryLoad"/>); null for none.</param>
/// <param name="PinnedCertificateSha256">The SHA-256 fingerprint (hex) of the one certificate to trust whatever its chain
/// and names: the demo server's own (<c>DemoSmtpServer.CertificateSha256</c>); null for none.</param>
internal sealed record TlsClientOptions(bool Verify = true, X509Certificate2Collection? TrustedRoots = null, string? PinnedCertificateSha256 = null)
{
    /// <summary>The longest the handshake may take.</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The clock for "expired N days ago"; the system's by default.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>What <c>--cafile</c> was, to name it in the description (<c>trusted through --cafile lab-ca.pem</c>).</summary>
    public string? TrustedRootsSource { get; init; }
}
