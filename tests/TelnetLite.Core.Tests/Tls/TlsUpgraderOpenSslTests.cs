using System.Net.Sockets;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Tls;

/// <summary>"No shared protocol or cipher" as a real TLS implementation says it: openssl s_server set up to share nothing.</summary>
public sealed class TlsUpgraderOpenSslTests
{
    private static async Task<TlsFailure> FailAgainstAsync(params string[] options)
    {
        using var certificate = TestCertificates.Server("mail1.fabrikam.test");
        await using var server = await OpenSslServer.StartAsync(certificate, options);
        using var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync("127.0.0.1", server.Port);

        var result = await TlsUpgrader.UpgradeAsync(client.GetStream(), "mail1.fabrikam.test", server.Port, TlsUpgradeKind.Implicit, new TlsClientOptions(Verify: false));

        return Assert.IsType<TlsUpgradeFailed>(result).Failure;
    }

    [PeerFact(Peer.OpenSsl)]
    public async Task AServerThatSpeaksOnlyTls11AnswersProtocolVersion()
    {
        var failure = await FailAgainstAsync("-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0");

        Assert.Equal(TlsFailureKind.NoSharedProtocol, failure.Kind);
        Assert.Equal(["the server answered protocol_version: it accepts neither TLS 1.2 nor TLS 1.3"], failure.Reasons);
    }

    [PeerFact(Peer.OpenSsl)]
    public async Task AServerWithOnlyAnAnonymousCipherAnswersHandshakeFailure()
    {
        var failure = await FailAgainstAsync("-tls1_2", "-cipher", "ADH-AES128-SHA:@SECLEVEL=0");

        Assert.Equal(TlsFailureKind.NoSharedProtocol, failure.Kind);
        Assert.Contains("handshake_failure", failure.Reasons[0]);
    }

    [PeerFact(Peer.OpenSsl)]
    public async Task AnOrdinaryOpenSslServerCompletesTheHandshakeUnverifiedWithItsSelfSignedCertificate()
    {
        using var certificate = TestCertificates.Server("mail1.fabrikam.test");
        await using var server = await OpenSslServer.StartAsync(certificate);
        using var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync("127.0.0.1", server.Port);

        var result = await TlsUpgrader.UpgradeAsync(client.GetStream(), "mail1.fabrikam.test", server.Port, TlsUpgradeKind.Implicit, new TlsClientOptions(Verify: false));

        var upgraded = Assert.IsType<TlsUpgraded>(result);
        Assert.Equal("TLS 1.3", upgraded.Description.Protocol);
        Assert.Equal(TlsTrust.NotVerified, upgraded.Description.Trust);
        await upgraded.Stream.DisposeAsync();
    }
}
