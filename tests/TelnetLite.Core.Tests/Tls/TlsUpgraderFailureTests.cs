using System.Net.Sockets;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Tests.Demo;
using TelnetLite.Core.Tests.Tls.Support;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Tls;

/// <summary>Handshakes that fail for other reasons than the certificate, each explained from what came over the wire.</summary>
public sealed class TlsUpgraderFailureTests
{
    // Only for servers that never answer: everywhere else the answer must win over the clock, even on a loaded machine.
    private static readonly TlsClientOptions Quick = new() { HandshakeTimeout = TimeSpan.FromMilliseconds(500) };
    private static readonly TlsClientOptions Patient = new() { HandshakeTimeout = TimeSpan.FromSeconds(30) };

    private static async Task<TlsFailure> FailAsync(TlsTestServer server, TlsUpgradeKind kind = TlsUpgradeKind.Implicit, int? port = null, TlsClientOptions? options = null)
    {
        var (client, stream) = await server.ConnectAsync();
        using (client)
        {
            return Assert.IsType<TlsUpgradeFailed>(await TlsUpgrader.UpgradeAsync(stream, "mail1.fabrikam.test", port ?? server.Port, kind, options ?? Patient)).Failure;
        }
    }

    [Fact]
    public async Task TlsOnAPlainSmtpPortMeetsTheGreetingAndSaysToConnectWithoutTls()
    {
        await using var server = TlsTestServer.PlainTextGreeting("220 mail1.fabrikam.test ESMTP Postfix (Debian/GNU)");

        var failure = await FailAsync(server, port: 25);

        Assert.Equal(TlsFailureKind.PlaintextReply, failure.Kind);
        Assert.Equal("TLS failed: mail1.fabrikam.test answered in plain text instead of a TLS handshake: \"220 mail1.fabrikam.test ESMTP Postfix (Debian/GNU)\"", failure.Summary);
        Assert.Equal(["port 25 speaks plain SMTP (a greeting first, TLS later with STARTTLS), not TLS from the first byte"], failure.Reasons);
        Assert.StartsWith("connect without --tls, type EHLO, then STARTTLS", failure.WhatToDo[0]);
    }

    [Fact]
    public async Task PlainTextOnPort465SaysToUseNoTls()
    {
        await using var server = TlsTestServer.PlainTextGreeting("220 odd.fabrikam.test ESMTP");

        var failure = await FailAsync(server, port: 465);

        Assert.StartsWith("connect with --no-tls", failure.WhatToDo[0]);
    }

    [Fact]
    public async Task TextAfterStartTlsPointsAtSomethingInBetween()
    {
        await using var server = TlsTestServer.PlainTextGreeting("500 5.5.1 Command unrecognized: \"\u0016\u0003\u0001\"");

        var failure = await FailAsync(server, TlsUpgradeKind.StartTls);

        Assert.Equal(TlsFailureKind.PlaintextReply, failure.Kind);
        Assert.StartsWith("TLS failed: after its 220 to STARTTLS, mail1.fabrikam.test sent plain text instead of a TLS handshake: \"500 5.5.1 Command unrecognized: \"", failure.Summary);
        Assert.DoesNotContain('\u0016', failure.Summary);
        Assert.Contains("inspects SMTP", failure.Reasons[0]);
    }

    [Fact]
    public async Task AServerThatClosesDuringTheHandshakeIsSaidToHaveClosed()
    {
        await using var server = TlsTestServer.ClosesAfterHello();

        var failure = await FailAsync(server, port: 587);

        Assert.Equal(TlsFailureKind.ClosedDuringHandshake, failure.Kind);
        Assert.Equal("TLS failed: mail1.fabrikam.test closed the connection during the TLS handshake", failure.Summary);
        Assert.Contains("this was port 587", failure.WhatToDo[0]);
    }

    [Fact]
    public async Task AServerThatNeverAnswersTimesOut()
    {
        await using var server = TlsTestServer.Silent();

        var failure = await FailAsync(server, options: Quick);

        Assert.Equal(TlsFailureKind.Timeout, failure.Kind);
        Assert.Equal("TLS failed: the handshake with mail1.fabrikam.test did not finish within 0.5 s", failure.Summary);
        Assert.Contains("did not answer the TLS handshake", failure.Reasons[0]);
    }

    [Fact]
    public async Task AfterStartTlsSilenceIsSaidToFollowThe220()
    {
        await using var server = TlsTestServer.Silent();

        var failure = await FailAsync(server, TlsUpgradeKind.StartTls, options: Quick);

        Assert.Equal("the server answered 220 to STARTTLS but did not go on with the handshake", failure.Reasons[0]);
    }

    [Theory]
    [InlineData(70, "protocol_version: it accepts neither TLS 1.2 nor TLS 1.3")]
    [InlineData(40, "handshake_failure")]
    [InlineData(71, "insufficient_security")]
    public async Task AnAlertThatMeansNoCommonVersionOrCipherSaysSo(byte alert, string words)
    {
        await using var server = TlsTestServer.Answers(TlsTestServer.FatalAlert(alert));

        var failure = await FailAsync(server);

        Assert.Equal(TlsFailureKind.NoSharedProtocol, failure.Kind);
        Assert.Equal("TLS failed: mail1.fabrikam.test and TelnetLite have no TLS version or cipher suite in common", failure.Summary);
        Assert.Contains(words, failure.Reasons[0]);
    }

    [Fact]
    public async Task AServerStuckOnTls10IsNamedAsSuch()
    {
        await using var server = TlsTestServer.Answers(TlsTestServer.Tls10ServerHello());

        var failure = await FailAsync(server);

        Assert.Equal(TlsFailureKind.NoSharedProtocol, failure.Kind);
        Assert.Equal(["the server offered only TLS 1.0, which TelnetLite does not accept (obsolete: RFC 8996)"], failure.Reasons);
    }

    [Theory]
    [InlineData(112, "unrecognized_name: it has no certificate for mail1.fabrikam.test")]
    [InlineData(116, "requires a client certificate")]
    [InlineData(80, "internal_error")]
    public async Task OtherAlertsAreNamedInWords(byte alert, string words)
    {
        await using var server = TlsTestServer.Answers(TlsTestServer.FatalAlert(alert));

        var failure = await FailAsync(server);

        Assert.Equal(TlsFailureKind.ServerAlert, failure.Kind);
        Assert.Contains(words, failure.Reasons[0]);
    }

    [Fact]
    public async Task CancellingTheCallerThrowsInsteadOfExplaining()
    {
        await using var server = TlsTestServer.Silent();
        var (client, stream) = await server.ConnectAsync();
        using var _ = client;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            TlsUpgrader.UpgradeAsync(stream, "mail1.fabrikam.test", server.Port, TlsUpgradeKind.Implicit, new TlsClientOptions(), cancel.Token));
    }

    [Fact]
    public async Task AfterAFailureTheCallerStillOwnsAnOpenConnection()
    {
        await using var server = TlsTestServer.Answers(TlsTestServer.FatalAlert(40));
        var (client, stream) = await server.ConnectAsync();
        using var _ = client;

        await TlsUpgrader.UpgradeAsync(stream, "mail1.fabrikam.test", server.Port, TlsUpgradeKind.Implicit, Patient);

        // Not disposed by the upgrader: the session closes it as it closes any connection.
        Assert.True(stream.CanWrite);
        stream.Dispose();
        Assert.False(stream.CanWrite);
    }
}
