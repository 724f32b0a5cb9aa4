using System.Security.Cryptography.X509Certificates;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Tls;

public sealed class TlsCaFileTests
{
    [Fact]
    public void APemFileMayHoldSeveralCertificates()
    {
        using var folder = new TemporaryFolder();
        using var first = TestCertificates.Authority("First CA");
        using var second = TestCertificates.Authority("Second CA");
        File.WriteAllText(folder.File("cas.pem"), TestCertificates.CertificatePem(first) + TestCertificates.CertificatePem(second));

        Assert.True(TlsCaFile.TryLoad(folder.File("cas.pem"), out var certificates, out var error), error);
        Assert.Equal(["CN=First CA, O=TelnetLite tests", "CN=Second CA, O=TelnetLite tests"], certificates.Select(c => c.Subject));
    }

    [Fact]
    public void ADerFileHoldsOne()
    {
        using var folder = new TemporaryFolder();
        using var authority = TestCertificates.Authority();
        File.WriteAllBytes(folder.File("ca.der"), authority.Export(X509ContentType.Cert));

        Assert.True(TlsCaFile.TryLoad(folder.File("ca.der"), out var certificates, out _));
        Assert.Equal(authority.Thumbprint, Assert.Single(certificates).Thumbprint);
    }

    [Theory]
    [InlineData("missing.pem", "no such file")]
    [InlineData("", "is a folder")]
    [InlineData("garbage.pem", "holds no certificate")]
    public void AFileThatHoldsNoCertificateIsRefusedWithTheReason(string name, string reason)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("garbage.pem"), "not a certificate\n");

        Assert.False(TlsCaFile.TryLoad(name.Length == 0 ? folder.Path : folder.File(name), out _, out var error));
        Assert.Contains(reason, error);
        Assert.StartsWith("--cafile ", error);
    }
}
