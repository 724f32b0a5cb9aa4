using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using TelnetLite.Core.Auth;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Peers;

/// <summary>The aiosmtpd peer works as the end-to-end tests will need it: STARTTLS required, a real handshake with the
/// certificate the test made, then AUTH LOGIN and PLAIN, all spoken here without a TelnetLite session.</summary>
public sealed class AiosmtpdPeerTests : IDisposable
{
    private const string User = "chris@contoso.com";
    private const string Password = "Aio-Pa55word";
    private readonly X509Certificate2 _authority = TestCertificates.Authority();
    private readonly X509Certificate2 _certificate;

    public AiosmtpdPeerTests() => _certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority);

    public void Dispose()
    {
        _certificate.Dispose();
        _authority.Dispose();
    }

    private TlsClientOptions TrustingTheLabCa() => new(TrustedRoots: [X509CertificateLoader.LoadCertificate(_authority.RawData)]) { TrustedRootsSource = "lab-ca.pem" };

    private async Task<SmtpTestClient> ConnectOverTlsAsync(AiosmtpdServer server)
    {
        var wire = await SmtpTestClient.ConnectAsync(server.Port);
        await wire.ReadReplyAsync();
        await wire.CommandAsync("EHLO contoso.com");
        Assert.StartsWith("220 ", await wire.CommandAsync("STARTTLS"));
        var upgraded = Assert.IsType<TlsUpgraded>(await TlsUpgrader.UpgradeAsync(wire.Network, AiosmtpdServer.HostName, server.Port, TlsUpgradeKind.StartTls, TrustingTheLabCa()));
        wire.SwitchTo(upgraded.Stream);
        return wire;
    }

    private static async Task<SaslFinished> AuthenticateAsync(SmtpTestClient wire, SaslClient sasl)
    {
        var reply = await wire.CommandAsync(sasl.Command.Text);
        while (true)
        {
            var last = reply.Split('\n')[^1];
            switch (sasl.Next(int.Parse(last[..3], CultureInfo.InvariantCulture), last.Length > 4 ? last[4..] : ""))
            {
                case SaslFinished finished: return finished;
                case SaslSend send: reply = await wire.CommandAsync(send.Line.Text); break;
                case SaslCancel cancel: reply = await wire.CommandAsync(cancel.Line.Text); break;
            }
        }
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task BeforeTlsItOffersOnlyStartTlsAndRefusesMail()
    {
        await using var server = await AiosmtpdServer.StartAsync(_certificate, User, Password);
        await using var wire = await SmtpTestClient.ConnectAsync(server.Port);

        Assert.StartsWith("220 mail1.fabrikam.test ", await wire.ReadReplyAsync());
        var ehlo = await wire.CommandAsync("EHLO contoso.com");
        Assert.Contains("250-STARTTLS", ehlo);
        Assert.DoesNotContain("AUTH", ehlo);
        Assert.StartsWith("530 ", await wire.CommandAsync("MAIL FROM:<chris@contoso.com>"));
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task StartTlsHandsOverTheTestsCertificateVerifiedThroughItsCaAndThenOffersAuth()
    {
        await using var server = await AiosmtpdServer.StartAsync(_certificate, User, Password);
        var wire = await SmtpTestClient.ConnectAsync(server.Port);
        await using (wire)
        {
            await wire.ReadReplyAsync();
            await wire.CommandAsync("EHLO contoso.com");
            Assert.StartsWith("220 ", await wire.CommandAsync("STARTTLS"));

            var upgraded = Assert.IsType<TlsUpgraded>(await TlsUpgrader.UpgradeAsync(wire.Network, AiosmtpdServer.HostName, server.Port, TlsUpgradeKind.StartTls, TrustingTheLabCa()));
            wire.SwitchTo(upgraded.Stream);

            Assert.Equal(TlsTrust.CaFile, upgraded.Description.Trust);
            Assert.Equal($"CN={AiosmtpdServer.HostName}", upgraded.Description.Certificate!.Subject);
            Assert.Contains("250-AUTH LOGIN PLAIN", await wire.CommandAsync("EHLO contoso.com"));
        }
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task AuthLoginWithItsNulEndedPromptsAndAMessageGoThrough()
    {
        await using var server = await AiosmtpdServer.StartAsync(_certificate, User, Password);
        await using var wire = await ConnectOverTlsAsync(server);
        await wire.CommandAsync("EHLO contoso.com");

        Assert.Equal("334 VXNlciBOYW1lAA==", await wire.CommandAsync("AUTH LOGIN"));
        Assert.StartsWith("501 ", await wire.CommandAsync("*"));
        var result = await AuthenticateAsync(wire, SaslClient.Start(SaslMechanism.Login, new SaslCredentials(User, Password)));

        Assert.Equal((true, 235), (result.Succeeded, result.Code));
        Assert.StartsWith("250", await wire.CommandAsync("MAIL FROM:<chris@contoso.com>"));
        Assert.StartsWith("250", await wire.CommandAsync("RCPT TO:<kate@fabrikam.test>"));
        Assert.StartsWith("354", await wire.CommandAsync("DATA"));
        Assert.Equal("250 2.0.0 OK: queued", await wire.CommandAsync("Subject: Test from Contoso\r\n\r\nThis is a test message\r\n."));
        Assert.Contains("This is a test message", Assert.Single(server.Messages));
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task AuthPlainWithAWrongPasswordIsRefusedAndWithTheRightOneAccepted()
    {
        await using var server = await AiosmtpdServer.StartAsync(_certificate, User, Password);
        await using var wire = await ConnectOverTlsAsync(server);
        await wire.CommandAsync("EHLO contoso.com");

        var wrong = await AuthenticateAsync(wire, SaslClient.Start(SaslMechanism.Plain, new SaslCredentials(User, "not-it")));
        var right = await AuthenticateAsync(wire, SaslClient.Start(SaslMechanism.Plain, new SaslCredentials(User, Password)));

        Assert.Equal((false, 535), (wrong.Succeeded, wrong.Code));
        Assert.Equal((true, 235), (right.Succeeded, right.Code));
    }
}
