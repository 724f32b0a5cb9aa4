using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Scripts;
using TelnetLite.Core.Session;
using TelnetLite.Core.Tests.Demo;
using TelnetLite.Core.Tests.Scripts.Support;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Scripts;

/// <summary>STARTTLS, implicit TLS, AUTH and MX in scripted runs, against the demo server (and dnsmasq for MX) on loopback.</summary>
public sealed class SmtpScriptRunnerTlsAuthTests
{
    private const string StartTlsAuthScript = """
        EHLO contoso.com
        !expect 250
        STARTTLS
        !expect 220
        EHLO contoso.com
        !expect 250
        !auth LOGIN chris@contoso.com
        !expect 235
        MAIL FROM:<chris@contoso.com>
        !expect 250
        RCPT TO:<kate@fabrikam.com>
        !expect 250
        QUIT
        !expect 221
        """;

    [Fact]
    public async Task AStartTlsAndAuthScriptPassesAndReportsTheHandshakeAndTheMechanism()
    {
        await using var demo = await DemoHarness.StartAsync(new DemoServerOptions(RequireAuth: true));

        var result = await ScriptRunHarness.RunAgainstDemoAsync(StartTlsAuthScript, demo.Server, DemoServerInfo.Password);

        Assert.True(result.ExitCode == 0, string.Join('\n', result.Remarks));
        var tls = Assert.IsType<SmtpScriptTlsReport>(result.Report.Tls);
        Assert.StartsWith("TLS 1.", tls.Protocol);
        Assert.False(string.IsNullOrEmpty(tls.Cipher));
        Assert.Equal("CN=mail1.fabrikam.com", tls.CertificateSubject);
        Assert.True(tls.Verified);
        Assert.Null(tls.Failure);
        var auth = Assert.IsType<SmtpScriptAuthReport>(result.Report.Auth);
        Assert.Equal(("LOGIN", "chris@contoso.com", "succeeded", 235), (auth.Mechanism, auth.User, auth.Result, auth.Code));
        // AUTH LOGIN, the user name and the password: three steps of line 7, the answers redacted.
        var exchange = result.Report.Steps.Where(step => step.ScriptLine == 7).ToArray();
        Assert.Equal(["AUTH LOGIN", "******** (redacted)", "******** (redacted)"], exchange.Select(step => step.Line));
        Assert.Equal([334, 334, 235], exchange.Select(step => step.Reply!.Code));
        Assert.Equal(221, result.Report.Steps[^1].Reply!.Code);
    }

    [Theory]
    [InlineData("PLAIN")]
    [InlineData("LOGIN")]
    [InlineData("CRAM-MD5")]
    public async Task TheStartTlsDirectiveAndEachMechanismGetTheMessageThrough(string mechanism)
    {
        await using var demo = await DemoHarness.StartAsync(new DemoServerOptions(RequireAuth: true));
        var script = $"EHLO contoso.com\n!starttls\nEHLO contoso.com\n!auth {mechanism} chris@contoso.com\nMAIL FROM:<chris@contoso.com>\n"
            + "RCPT TO:<kate@fabrikam.com>\nDATA\nSubject: Test from Contoso\n\nThis is a test message\n.\nQUIT\n";

        var result = await ScriptRunHarness.RunAgainstDemoAsync(script, demo.Server, DemoServerInfo.Password);

        Assert.True(result.ExitCode == 0, string.Join('\n', result.Remarks));
        Assert.Equal(mechanism, result.Report.Auth!.Mechanism);
        Assert.NotNull(result.Report.Tls!.Protocol);
        Assert.Single(demo.Mailbox.Files("*.eml"));
    }

    [Fact]
    public async Task AWrongPasswordExitsTwentyEightAtTheAuthStageAndSendsNothingAfterIt()
    {
        await using var demo = await DemoHarness.StartAsync(new DemoServerOptions(RequireAuth: true));

        var result = await ScriptRunHarness.RunAgainstDemoAsync(StartTlsAuthScript, demo.Server, "not-the-password");

        Assert.Equal((int)ExitCode.AuthFailed, result.ExitCode);
        Assert.Equal(SmtpScriptStage.Auth, result.Report.FailedStage);
        Assert.Equal(("refused", 535), (result.Report.Auth!.Result, result.Report.Auth.Code));
        Assert.Contains("AUTH failed", result.Report.Summary);
        Assert.DoesNotContain(result.Report.Steps, step => step.Line?.StartsWith("MAIL", StringComparison.Ordinal) == true);
        Assert.Contains("result: exit 28: AUTH failed", result.Remarks[^1]);
    }

    [Fact]
    public async Task AnUntrustedCertificateExitsTwentyNineBeforeEhloIsSentAgain()
    {
        await using var demo = await DemoHarness.StartAsync();
        // Not the demo's own run: its self-signed certificate is not pinned, as for any other client.
        var options = new SmtpScriptRunOptions("127.0.0.1", demo.Server.EndPoint.Port) { ReplyTimeout = TimeSpan.FromSeconds(20) };

        var result = await ScriptRunHarness.RunAsync(SmtpScriptParser.Parse(StartTlsAuthScript), options with { Password = "x" });

        Assert.Equal((int)ExitCode.TlsFailed, result.ExitCode);
        Assert.Equal(SmtpScriptStage.Tls, result.Report.FailedStage);
        var tls = Assert.IsType<SmtpScriptTlsReport>(result.Report.Tls);
        Assert.False(tls.Verified);
        Assert.Null(tls.Protocol);
        Assert.False(string.IsNullOrEmpty(tls.Failure));
        Assert.Equal(tls.Failure, result.Report.Summary);
        Assert.Equal(["EHLO contoso.com", "STARTTLS"], result.Report.Steps.Where(step => step.Line is not null).Select(step => step.Line));
        Assert.Null(result.Report.Auth);
    }

    [Fact]
    public async Task WithVerificationOffTheSameCertificateIsUsedAndReportedUnverified()
    {
        await using var demo = await DemoHarness.StartAsync(new DemoServerOptions(RequireAuth: true));
        var options = new SmtpScriptRunOptions("127.0.0.1", demo.Server.EndPoint.Port) { ReplyTimeout = TimeSpan.FromSeconds(20), Password = DemoServerInfo.Password };

        var result = await ScriptRunHarness.RunAsync(SmtpScriptParser.Parse(StartTlsAuthScript), options, settings: new SessionSettings { TlsVerify = false });

        Assert.True(result.ExitCode == 0, string.Join('\n', result.Remarks));
        Assert.False(result.Report.Tls!.Verified);
        Assert.Equal("CN=mail1.fabrikam.com", result.Report.Tls.CertificateSubject);
    }

    [Fact]
    public async Task AStartTlsTheServerRefusesStopsTheScriptWithTwentyNine()
    {
        // The implicit-TLS listener is already encrypted and offers no STARTTLS.
        await using var demo = await DemoHarness.StartAsync(new DemoServerOptions { ImplicitTls = true });
        var script = $"!open --tls 127.0.0.1 {demo.Server.EndPoint.Port}\nEHLO contoso.com\nSTARTTLS\n!expect 2xx\nEHLO contoso.com\nQUIT\n";

        var result = await RunWithPinnedDemoAsync(script, demo.Server, host: null);

        Assert.Equal((int)ExitCode.TlsFailed, result.ExitCode);
        Assert.Equal(SmtpScriptStage.Tls, result.Report.FailedStage);
        Assert.Contains("STARTTLS was refused", result.Report.Summary);
        Assert.Equal(["EHLO contoso.com", "STARTTLS"], result.Report.Steps.Where(step => step.Line is not null).Select(step => step.Line));
        Assert.NotNull(result.Report.Tls!.Protocol);
    }

    [Fact]
    public async Task OpenWithTlsSpeaksTlsFromTheFirstByte()
    {
        await using var demo = await DemoHarness.StartAsync(new DemoServerOptions { ImplicitTls = true });
        var script = $"!open --tls 127.0.0.1 {demo.Server.EndPoint.Port}\n!expect 220\nEHLO contoso.com\n!expect 250\nQUIT\n!expect 221\n";

        var result = await RunWithPinnedDemoAsync(script, demo.Server, host: null);

        Assert.True(result.ExitCode == 0, string.Join('\n', result.Remarks));
        Assert.True(result.Report.Tls!.Verified);
        Assert.Equal(220, result.Report.Steps[0].Reply!.Code);
        Assert.Equal(1, result.Report.Steps[0].ScriptLine);
    }

    [Fact]
    public async Task OpenWithoutTlsOnAnImplicitTlsListenerFailsTheHandshakeWithTwentyNine()
    {
        // The reverse mistake: TLS expected, clear text answered (--tls against a port that speaks plain SMTP).
        await using var demo = await DemoHarness.StartAsync();
        var script = $"!open --tls 127.0.0.1 {demo.Server.EndPoint.Port}\nEHLO contoso.com\n";

        var result = await RunWithPinnedDemoAsync(script, demo.Server, host: null);

        Assert.Equal((int)ExitCode.TlsFailed, result.ExitCode);
        Assert.NotNull(result.Report.Tls!.Failure);
        Assert.DoesNotContain(result.Report.Steps, step => step.Line == "EHLO contoso.com" && step.Dropped is null && step.Reply is not null);
    }

    [Fact]
    public async Task AuthWithoutAPasswordExitsOneAndConnectsNowhere()
    {
        var accepted = new ConcurrentQueue<int>();
        await using var server = new LoopbackServer(async (socket, cancellationToken) =>
        {
            accepted.Enqueue(((IPEndPoint)socket.RemoteEndPoint!).Port);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        });

        var result = await ScriptRunHarness.RunAsync("EHLO contoso.com\n# the password is never in a script\n!auth PLAIN chris@contoso.com\n", "127.0.0.1", server.Port);

        Assert.Equal((int)ExitCode.BadInput, result.ExitCode);
        var error = Assert.Single(result.Report.Errors);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("TELNETLITE_PASSWORD", error.Reason);
        Assert.Contains("--password-file", error.Reason);
        Assert.Empty(result.Report.Steps);
        // Had the run connected, the server would accept that connection before this probe (the backlog is in order).
        using var probe = new TcpClient();
        await probe.ConnectAsync(IPAddress.Loopback, server.Port);
        var probePort = ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
        while (accepted.IsEmpty) await Task.Delay(20);
        Assert.Equal([probePort], accepted.ToArray());
    }

    [Fact]
    public void TheRunOptionsNeverShowThePassword()
    {
        var options = new SmtpScriptRunOptions("127.0.0.1") { Password = "Tr0ub4dor&3" };

        Assert.DoesNotContain("Tr0ub4dor&3", options.ToString());
        Assert.Contains("********", options.ToString());
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task OpenMxConnectsToTheMostPreferredMailHostThatAnswers()
    {
        await using var dns = await DnsmasqServer.StartAsync();
        await using var demo = await DemoHarness.StartAsync();
        var script = $"!open mx:fabrikam.test {demo.Server.EndPoint.Port}\n!expect 220\nEHLO contoso.com\n!expect 250\nQUIT\n";

        var result = await ScriptRunHarness.RunAsync(SmtpScriptParser.Parse(script), new SmtpScriptRunOptions { ReplyTimeout = TimeSpan.FromSeconds(20) },
            settings: new SessionSettings { DnsServer = dns.EndPoint });

        Assert.True(result.ExitCode == 0, string.Join('\n', result.Remarks));
        // mail1.fabrikam.test (preference 10) is 127.0.0.1, where the demo listens.
        Assert.Equal(("127.0.0.1", demo.Server.EndPoint.Port), (result.Report.Host, result.Report.Port));
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task OpenMxOfADomainWithNowhereToDeliverExitsSix()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        foreach (var domain in new[] { "nullmx.test", "nosuch.test" })
        {
            var result = await ScriptRunHarness.RunAsync(SmtpScriptParser.Parse($"!open mx:{domain}\nEHLO contoso.com\n"),
                new SmtpScriptRunOptions { ReplyTimeout = TimeSpan.FromSeconds(20) }, settings: new SessionSettings { DnsServer = dns.EndPoint });

            Assert.True((int)ExitCode.NoMailHost == result.ExitCode, $"{domain}: {result.Report.Summary}");
            Assert.Contains($"mx:{domain}", result.Report.Summary);
            Assert.NotEmpty(result.Report.Steps[0].Annotation);
        }
    }

    private static Task<ScriptRunResult> RunWithPinnedDemoAsync(string script, DemoSmtpServer demo, string? host) =>
        ScriptRunHarness.RunAsync(SmtpScriptParser.Parse(script),
            new SmtpScriptRunOptions(host, demo.EndPoint.Port) { ReplyTimeout = TimeSpan.FromSeconds(20) },
            new SessionControllerOptions { PinnedCertificateSha256 = demo.CertificateSha256 });
}
