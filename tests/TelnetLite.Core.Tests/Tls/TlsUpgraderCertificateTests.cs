using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Tls.Support;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Tls;

/// <summary>Real handshakes over loopback against servers with certificates the tests make: a lab CA's, expired ones,
/// ones for another name, self-signed ones; with and without --cafile and --insecure.</summary>
public sealed class TlsUpgraderCertificateTests : IDisposable
{
    private const string Host = "mail1.fabrikam.test";
    private readonly X509Certificate2 _authority = TestCertificates.Authority();

    public void Dispose() => _authority.Dispose();

    private TlsClientOptions WithCaFile(bool verify = true) =>
        new(verify, [X509CertificateLoader.LoadCertificate(_authority.RawData)]) { TrustedRootsSource = "lab-ca.pem" };

    private static async Task<TlsUpgradeResult> UpgradeAsync(TlsTestServer server, string host, TlsClientOptions options)
    {
        var (client, stream) = await server.ConnectAsync();
        using (client)
        {
            var result = await TlsUpgrader.UpgradeAsync(stream, host, server.Port, TlsUpgradeKind.Implicit, options);
            if (result is TlsUpgraded upgraded)
            {
                // The stream works: the server's greeting arrives through it.
                var buffer = new byte[64];
                var read = await upgraded.Stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
                Assert.Equal("220 tls.test ready\r\n", Encoding.ASCII.GetString(buffer, 0, read));
                await upgraded.Stream.DisposeAsync();
            }

            return result;
        }
    }

    [Fact]
    public async Task ACertificateFromTheCaGivenWithCafileIsVerifiedAndDescribed()
    {
        using var certificate = TestCertificates.Server(Host, _authority);
        await using var server = TlsTestServer.WithCertificate(certificate);

        var upgraded = Assert.IsType<TlsUpgraded>(await UpgradeAsync(server, Host, WithCaFile()));

        var description = upgraded.Description;
        Assert.Equal(TlsTrust.CaFile, description.Trust);
        Assert.True(description.Verified);
        Assert.Contains(description.Protocol, new[] { "TLS 1.2", "TLS 1.3" });
        Assert.StartsWith("TLS_", description.CipherSuite);
        Assert.Equal(description.Protocol, description.StatusText);
        var lines = description.ShortLines();
        Assert.Equal($"{description.Protocol}, cipher {description.CipherSuite}", lines[0]);
        Assert.StartsWith($"certificate: CN={Host}; issuer: CN=TelnetLite Test Lab CA, O=TelnetLite tests; valid ", lines[1]);
        Assert.EndsWith($"; names: {Host}, 127.0.0.1", lines[1]);
        Assert.Equal($"verified: valid for {Host} and issued by a certificate authority from --cafile lab-ca.pem", lines[2]);
    }

    [Fact]
    public async Task TheFullFormListsTheChainWithFingerprints()
    {
        using var certificate = TestCertificates.Server(Host, _authority);
        await using var server = TlsTestServer.WithCertificate(certificate);

        var full = Assert.IsType<TlsUpgraded>(await UpgradeAsync(server, Host, WithCaFile())).Description.FullLines();

        Assert.Contains($"host opened (sent as SNI): {Host}", full);
        Assert.Contains("chain: 2 certificates, the server's first", full);
        Assert.Contains($"[1] subject: CN={Host}", full);
        Assert.Contains("[2] subject: CN=TelnetLite Test Lab CA, O=TelnetLite tests", full);
        Assert.Contains("    issuer:  CN=TelnetLite Test Lab CA, O=TelnetLite tests (self-issued)", full);
        var fingerprint = string.Join(':', Enumerable.Range(0, 32).Select(i => certificate.GetCertHashString(HashAlgorithmName.SHA256).Substring(i * 2, 2)));
        Assert.Contains($"    SHA-256: {fingerprint}", full);
        Assert.Equal(2, full.Count(line => line == "    status:  ok"));
    }

    [Fact]
    public async Task WithoutCafileTheLabCaIsNotTrustedAndTheFailureSaysToAddIt()
    {
        using var certificate = TestCertificates.Server(Host, _authority);
        await using var server = TlsTestServer.WithCertificate(certificate);

        var failure = Assert.IsType<TlsUpgradeFailed>(await UpgradeAsync(server, Host, new TlsClientOptions())).Failure;

        Assert.Equal(TlsFailureKind.CertificateRejected, failure.Kind);
        Assert.Equal($"TLS failed: the certificate of {Host} is not valid, so the handshake was stopped", failure.Summary);
        Assert.Contains(failure.Description!.Problems, p => p.Kind is TlsCertificateProblemKind.IncompleteChain or TlsCertificateProblemKind.UntrustedRoot);
        Assert.Contains(failure.WhatToDo, step => step.Contains("--cafile FILE", StringComparison.Ordinal));
        Assert.Contains(failure.WhatToDo, step => step.Contains("--insecure", StringComparison.Ordinal) && step.Contains("set tls verify off", StringComparison.Ordinal));
        Assert.Equal(ExitCode.TlsFailed, failure.ExitCode);
        Assert.Contains($"certificate seen: CN={Host}; issuer: CN=TelnetLite Test Lab CA, O=TelnetLite tests; names: {Host}, 127.0.0.1", failure.Lines());
    }

    [Fact]
    public async Task WithVerificationOffTheSessionGoesOnMarkedUnverifiedWithTheReasons()
    {
        using var certificate = TestCertificates.Server(Host, _authority);
        await using var server = TlsTestServer.WithCertificate(certificate);

        var description = Assert.IsType<TlsUpgraded>(await UpgradeAsync(server, Host, new TlsClientOptions(Verify: false))).Description;

        Assert.Equal(TlsTrust.NotVerified, description.Trust);
        Assert.False(description.Verified);
        Assert.EndsWith(" unverified", description.StatusText);
        Assert.StartsWith("NOT verified, going on because verification is off: ", description.ShortLines()[^1]);
    }

    [Fact]
    public async Task ACertificateForAnotherNameIsRefusedWithTheNamesItHas()
    {
        using var certificate = TestCertificates.Server(Host, _authority);
        await using var server = TlsTestServer.WithCertificate(certificate);

        var failure = Assert.IsType<TlsUpgradeFailed>(await UpgradeAsync(server, "mail.contoso.test", WithCaFile())).Failure;

        var problem = Assert.Single(failure.Description!.Problems);
        Assert.Equal(TlsCertificateProblemKind.NameMismatch, problem.Kind);
        Assert.Equal($"it is for {Host}, 127.0.0.1, not for mail.contoso.test, the name you opened", problem.Text);
        Assert.Equal($"open the server by a name on its certificate ({Host}, 127.0.0.1), or ask its administrator for a certificate that names mail.contoso.test", failure.WhatToDo[0]);
    }

    [Fact]
    public async Task AnExpiredCertificateIsRefusedWithItsEndDateAndGoesOnUnverifiedWithInsecure()
    {
        var now = DateTimeOffset.UtcNow;
        using var certificate = TestCertificates.Server(Host, _authority, now.AddDays(-30), now.AddDays(-3));
        await using var refusing = TlsTestServer.WithCertificate(certificate);
        await using var lenient = TlsTestServer.WithCertificate(certificate);

        var failure = Assert.IsType<TlsUpgradeFailed>(await UpgradeAsync(refusing, Host, WithCaFile())).Failure;
        var unverified = Assert.IsType<TlsUpgraded>(await UpgradeAsync(lenient, Host, WithCaFile(verify: false))).Description;

        // --cafile names its issuer: the expiry is the one reason, not a CA this machine does not know.
        var expired = Assert.Single(failure.Description!.Problems);
        Assert.Equal(TlsCertificateProblemKind.Expired, expired.Kind);
        Assert.Matches(@"^it expired on \d{4}-\d{2}-\d{2} \(3 days ago\)$", expired.Text);
        Assert.Contains(failure.WhatToDo, step => step.StartsWith("the server's administrator must renew the certificate", StringComparison.Ordinal));
        Assert.Contains(unverified.Problems, p => p.Kind == TlsCertificateProblemKind.Expired);
        Assert.Equal(TlsTrust.NotVerified, unverified.Trust);
    }

    [Fact]
    public async Task ASelfSignedCertificateIsSaidToBeSelfSigned()
    {
        using var certificate = TestCertificates.Server(Host);
        await using var server = TlsTestServer.WithCertificate(certificate);

        var failure = Assert.IsType<TlsUpgradeFailed>(await UpgradeAsync(server, Host, new TlsClientOptions())).Failure;

        var problem = Assert.Single(failure.Description!.Problems);
        Assert.Equal((TlsCertificateProblemKind.UntrustedRoot, $"it is self-signed (CN={Host}): no certificate authority vouches for it"), (problem.Kind, problem.Text));
    }

    [Fact]
    public async Task ACafileOfAnotherCaDoesNotHelpAndTheReasonSaysSo()
    {
        using var otherAuthority = TestCertificates.Authority("Another Lab CA");
        using var certificate = TestCertificates.Server(Host, otherAuthority);
        await using var server = TlsTestServer.WithCertificate(certificate);

        var failure = Assert.IsType<TlsUpgradeFailed>(await UpgradeAsync(server, Host, WithCaFile())).Failure;

        Assert.Contains(failure.Reasons, reason => reason.EndsWith("(nor by the CA of --cafile lab-ca.pem)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APinnedCertificateIsTrustedWhateverItsChainAndNameButAnotherOneIsNot()
    {
        using var certificate = TestCertificates.Server(Host);
        using var stranger = TestCertificates.Server(Host);
        await using var server = TlsTestServer.WithCertificate(certificate);
        var pin = certificate.GetCertHashString(HashAlgorithmName.SHA256);

        var pinned = Assert.IsType<TlsUpgraded>(await UpgradeAsync(server, "127.0.0.2", new TlsClientOptions(PinnedCertificateSha256: pin.ToLowerInvariant()))).Description;
        var other = Assert.IsType<TlsUpgradeFailed>(await UpgradeAsync(server, Host,
            new TlsClientOptions(PinnedCertificateSha256: stranger.GetCertHashString(HashAlgorithmName.SHA256)))).Failure;

        Assert.Equal(TlsTrust.Pinned, pinned.Trust);
        Assert.Empty(pinned.Problems);
        Assert.Contains("the demo server's own certificate", pinned.ShortLines()[^1]);
        Assert.Equal(TlsFailureKind.CertificateRejected, other.Kind);
    }
}
