using System.Net.Sockets;
using System.Text;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Tests.Demo;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Tls;

/// <summary>The upgrader against the demo server, as TelnetLite's own --demo sessions will use it: STARTTLS and
/// implicit TLS, the demo certificate pinned.</summary>
public sealed class TlsUpgraderDemoTests
{
    private static async Task<string> ReadLineAsync(Stream stream)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one).AsTask().WaitAsync(TimeSpan.FromSeconds(30)) == 1 && one[0] != (byte)'\n') line.Add(one[0]);
        return Encoding.ASCII.GetString([.. line]).TrimEnd('\r');
    }

    private static async Task<string> CommandAsync(Stream stream, string line)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"));
        string reply;
        do reply = await ReadLineAsync(stream);
        while (reply.Length > 3 && reply[3] == '-');
        return reply;
    }

    [Fact]
    public async Task AfterStartTlsThePinnedDemoCertificateIsVerifiedAndEhloAgainWorksOverTls()
    {
        await using var harness = await DemoHarness.StartAsync();
        using var client = new TcpClient();
        await client.ConnectAsync(harness.Server.EndPoint);
        var plain = client.GetStream();
        await ReadLineAsync(plain);
        await CommandAsync(plain, "EHLO contoso.com");
        Assert.Equal("220 2.0.0 SMTP server ready", await CommandAsync(plain, "STARTTLS"));

        var result = await TlsUpgrader.UpgradeAsync(plain, "127.0.0.1", harness.Server.EndPoint.Port, TlsUpgradeKind.StartTls,
            new TlsClientOptions(PinnedCertificateSha256: harness.Server.CertificateSha256));

        var upgraded = Assert.IsType<TlsUpgraded>(result);
        Assert.Equal(TlsTrust.Pinned, upgraded.Description.Trust);
        Assert.Equal("CN=mail1.fabrikam.com", upgraded.Description.Certificate!.Subject);
        Assert.Equal("250 CHUNKING", await CommandAsync(upgraded.Stream, "EHLO contoso.com"));
        await upgraded.Stream.DisposeAsync();
    }

    [Fact]
    public async Task WithoutThePinTheDemoCertificateIsSelfSignedForAnyOtherClient()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { ImplicitTls = true });
        using var client = new TcpClient();
        await client.ConnectAsync(harness.Server.EndPoint);

        var result = await TlsUpgrader.UpgradeAsync(client.GetStream(), "mail1.fabrikam.com", harness.Server.EndPoint.Port, TlsUpgradeKind.Implicit, new TlsClientOptions());

        var failure = Assert.IsType<TlsUpgradeFailed>(result).Failure;
        Assert.Equal("it is self-signed (CN=mail1.fabrikam.com): no certificate authority vouches for it", Assert.Single(failure.Reasons));
    }

    [Fact]
    public async Task TheImplicitTlsListenerGreetsThroughTheUpgradedStream()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { ImplicitTls = true });
        using var client = new TcpClient();
        await client.ConnectAsync(harness.Server.EndPoint);

        var upgraded = Assert.IsType<TlsUpgraded>(await TlsUpgrader.UpgradeAsync(client.GetStream(), "127.0.0.1", harness.Server.EndPoint.Port,
            TlsUpgradeKind.Implicit, new TlsClientOptions(PinnedCertificateSha256: harness.Server.CertificateSha256)));

        Assert.StartsWith("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready", await ReadLineAsync(upgraded.Stream));
        await upgraded.Stream.DisposeAsync();
    }
}
