using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>The private Postfix with TLS works as the end-to-end tests will need it: a real STARTTLS handshake with the
/// certificate the test made, spoken here without a TelnetLite session.</summary>
[Collection(PostfixTlsCollection.Name)]
public sealed class PostfixTlsTests(PostfixTlsFixture postfix)
{
    [PeerFact(Peer.Postfix)]
    public async Task PostfixOffersStartTlsAndHandsOverTheTestsCertificateVerifiedThroughItsCa()
    {
        await using var wire = await SmtpTestClient.ConnectAsync(postfix.Instance.Port);
        Assert.StartsWith("220 mail1.fabrikam.test ESMTP", await wire.ReadReplyAsync());
        Assert.Contains("250-STARTTLS", await wire.CommandAsync("EHLO contoso.com"));
        Assert.StartsWith("220 2.0.0 Ready to start TLS", await wire.CommandAsync("STARTTLS"));

        var result = await TlsUpgrader.UpgradeAsync(wire.Network, PostfixConfiguration.HostName, postfix.Instance.Port, TlsUpgradeKind.StartTls,
            new TlsClientOptions(TrustedRoots: [postfix.Authority]) { TrustedRootsSource = "lab-ca.pem" });

        var upgraded = Assert.IsType<TlsUpgraded>(result);
        wire.SwitchTo(upgraded.Stream);
        Assert.Equal(TlsTrust.CaFile, upgraded.Description.Trust);
        Assert.Equal("CN=mail1.fabrikam.test", upgraded.Description.Certificate!.Subject);
        var ehlo = await wire.CommandAsync("EHLO contoso.com");
        Assert.StartsWith("250-mail1.fabrikam.test", ehlo);
        Assert.DoesNotContain("STARTTLS", ehlo);
        Assert.StartsWith("221", await wire.CommandAsync("QUIT"));
    }

    [PeerFact(Peer.Postfix)]
    public async Task WithoutTheCaPostfixsCertificateIsRefusedAndExplained()
    {
        await using var wire = await SmtpTestClient.ConnectAsync(postfix.Instance.Port);
        await wire.ReadReplyAsync();
        await wire.CommandAsync("EHLO contoso.com");
        await wire.CommandAsync("STARTTLS");

        var result = await TlsUpgrader.UpgradeAsync(wire.Network, PostfixConfiguration.HostName, postfix.Instance.Port, TlsUpgradeKind.StartTls, new TlsClientOptions());

        var failure = Assert.IsType<TlsUpgradeFailed>(result).Failure;
        Assert.Equal(TlsFailureKind.CertificateRejected, failure.Kind);
        Assert.Contains(failure.WhatToDo, step => step.Contains("--cafile FILE", StringComparison.Ordinal));
    }
}
