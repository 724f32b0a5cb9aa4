using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace TelnetLite.Core.Tests.Support;

/// <summary>Certificates a test makes for its own servers with .NET's CertificateRequest: a lab CA, server certificates
/// it signs (valid, expired, for another name), self-signed ones; and PEM files for peers that read files.</summary>
internal static class TestCertificates
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    /// <summary>A root certificate authority, valid from 60 days ago (so it can sign certificates that have expired) for a year.</summary>
    public static X509Certificate2 Authority(string name = "TelnetLite Test Lab CA")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}, O=TelnetLite tests", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-60), now.AddYears(1));
        return Usable(created);
    }

    /// <summary>A server certificate for <paramref name="hostName"/> (and 127.0.0.1), signed by <paramref name="issuer"/>, or
    /// self-signed when it is null; valid from <paramref name="notBefore"/> to <paramref name="notAfter"/> (yesterday to
    /// next month by default).</summary>
    public static X509Certificate2 Server(string hostName, X509Certificate2? issuer = null, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={hostName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(hostName);
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([ServerAuthentication], false));
        var now = DateTimeOffset.UtcNow;
        var from = notBefore ?? now.AddDays(-1);
        var until = notAfter ?? now.AddDays(30);
        if (issuer is null)
        {
            using var selfSigned = request.CreateSelfSigned(from, until);
            return Usable(selfSigned);
        }

        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        var serial = RandomNumberGenerator.GetBytes(12);
        using var signed = request.Create(issuer, Clamp(from, issuer), Clamp(until, issuer), serial);
        using var withKey = signed.CopyWithPrivateKey(key);
        return Usable(withKey);
    }

    /// <summary>The certificate in PEM, <c>-----BEGIN CERTIFICATE-----</c>.</summary>
    public static string CertificatePem(X509Certificate2 certificate) => certificate.ExportCertificatePem() + "\n";

    /// <summary>Writes the certificate (followed by <paramref name="chain"/>) and its private key (PKCS#8, unencrypted) as PEM files.</summary>
    public static void WritePem(X509Certificate2 certificate, string certificatePath, string keyPath, params X509Certificate2[] chain)
    {
        var pem = new StringBuilder(CertificatePem(certificate));
        foreach (var link in chain) pem.Append(CertificatePem(link));
        File.WriteAllText(certificatePath, pem.ToString());
        using var key = certificate.GetECDsaPrivateKey() ?? throw new InvalidOperationException("the certificate has no EC private key");
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem() + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    // A signed certificate may not outlive its issuer (CertificateRequest refuses), but may be expired long before it.
    private static DateTimeOffset Clamp(DateTimeOffset moment, X509Certificate2 issuer)
    {
        var first = new DateTimeOffset(issuer.NotBefore.ToUniversalTime(), TimeSpan.Zero);
        var last = new DateTimeOffset(issuer.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        return moment < first ? first : moment > last ? last : moment;
    }

    // A round trip through PKCS#12 gives a key that SslStream can use as a server on every platform.
    private static X509Certificate2 Usable(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
}
