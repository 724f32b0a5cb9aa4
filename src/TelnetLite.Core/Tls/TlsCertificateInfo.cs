using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TelnetLite.Core.Tls;

/// <summary>What a person checks on a certificate, copied out of the X509 object so it can be kept and shown later.</summary>
/// <param name="Names">The subject alternative names: DNS names, then IP addresses.</param>
/// <param name="Sha256">The SHA-256 fingerprint of the DER encoding, upper-case hex.</param>
/// <param name="Status">What the chain check said about this certificate (empty when nothing).</param>
internal sealed record TlsCertificateInfo(
    string Subject,
    string Issuer,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    IReadOnlyList<string> Names,
    string Sha256,
    IReadOnlyList<string> Status)
{
    /// <summary>True when the certificate names itself as its issuer.</summary>
    public bool IsSelfIssued => Subject == Issuer;

    /// <summary>Copies what matters out of <paramref name="certificate"/>.</summary>
    public static TlsCertificateInfo From(X509Certificate2 certificate, IReadOnlyList<string>? status = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var names = new List<string>();
        foreach (var extension in certificate.Extensions)
        {
            if (extension is not X509SubjectAlternativeNameExtension san) continue;
            names.AddRange(san.EnumerateDnsNames());
            names.AddRange(san.EnumerateIPAddresses().Select(address => address.ToString()));
        }

        return new TlsCertificateInfo(
            certificate.Subject,
            certificate.Issuer,
            new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            names,
            certificate.GetCertHashString(HashAlgorithmName.SHA256),
            status ?? []);
    }
}
