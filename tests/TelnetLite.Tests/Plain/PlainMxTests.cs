using System.Globalization;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Plain;

/// <summary><c>telnetlite mx:DOMAIN PORT</c> in plain mode, resolved by a real dnsmasq on loopback, connecting to the
/// demo server on 127.0.0.1; 127.0.0.2 (loopback too on Linux) has nothing listening, so a host there refuses.</summary>
public sealed class PlainMxTests
{
    private static readonly IReadOnlyList<string> Records =
    [
        "mx-host=fabrikam.test,mail1.fabrikam.test,10",
        "mx-host=fabrikam.test,mail2.fabrikam.test,20",
        "address=/mail1.fabrikam.test/127.0.0.1",
        "address=/mail2.fabrikam.test/127.0.0.2",
        // contoso.test: its most preferred host refuses, the next one answers.
        "mx-host=contoso.test,mx1.contoso.test,10",
        "mx-host=contoso.test,mx2.contoso.test,20",
        "address=/mx1.contoso.test/127.0.0.2",
        "address=/mx2.contoso.test/127.0.0.1",
        "address=/aonly.test/127.0.0.1",
        "txt-record=aonly.test,\"v=spf1 -all\"",
        "address=/nosuch.test/",
        "mx-host=nullmx.test,.,0",
    ];

    private static async Task<(PlainRun Run, int Exit)> RunAsync(DnsmasqServer dns, string domain, DemoSmtpServer? server)
    {
        var port = (server?.EndPoint.Port ?? 25).ToString(CultureInfo.InvariantCulture);
        var run = PlainRun.StartWith(null, "--dns", $"127.0.0.1:{dns.EndPoint.Port.ToString(CultureInfo.InvariantCulture)}", $"mx:{domain}", port);
        var exit = await run.RunAsync("EHLO contoso.com", "QUIT");
        return (run, exit);
    }

    private static async Task<DemoSmtpServer> StartDemoAsync(TemporaryFolder folder)
    {
        var server = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mailbox")));
        await server.StartAsync();
        return server;
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ItConnectsToTheMostPreferredMxHostAndSaysWhich()
    {
        using var folder = new TemporaryFolder();
        await using var dns = await DnsmasqServer.StartAsync(Records);
        await using var server = await StartDemoAsync(folder);

        var (run, exit) = await RunAsync(dns, "fabrikam.test", server);
        using (run)
        {
            Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
            Assert.Contains("  10 mail1.fabrikam.test 127.0.0.1", run.App.Stderr);
            Assert.Contains("  20 mail2.fabrikam.test 127.0.0.2", run.App.Stderr);
            Assert.Contains($"fabrikam.test: connecting to mail1.fabrikam.test [127.0.0.1] port {server.EndPoint.Port}, the most preferred MX host (preference 10)", run.App.Stderr);
            Assert.DoesNotContain("Connecting to 127.0.0.2", run.App.Stderr);
            run.AssertShown("250-mail1.fabrikam.com Hello");
            run.AssertShown("221 2.0.0");
        }
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task WhenTheFirstMxHostRefusesItFallsBackToTheNextAndSaysWhichAndWhy()
    {
        using var folder = new TemporaryFolder();
        await using var dns = await DnsmasqServer.StartAsync(Records);
        await using var server = await StartDemoAsync(folder);

        var (run, exit) = await RunAsync(dns, "contoso.test", server);
        using (run)
        {
            Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
            var stderr = run.App.Stderr;
            var port = server.EndPoint.Port;
            var first = stderr.IndexOf($"contoso.test: connecting to mx1.contoso.test [127.0.0.2] port {port}, the most preferred MX host (preference 10)", StringComparison.Ordinal);
            var refused = stderr.IndexOf("Connection refused", StringComparison.Ordinal);
            var fallback = stderr.IndexOf($"mx1.contoso.test [127.0.0.2] port {port} did not answer", StringComparison.Ordinal);
            var next = stderr.IndexOf($"trying mx2.contoso.test [127.0.0.1] port {port}, the next MX host (preference 20)", StringComparison.Ordinal);
            Assert.True(first >= 0 && refused > first && fallback > refused && next > fallback, $"the MX notes are missing or out of order:\n{stderr}");
            run.AssertShown("221 2.0.0");
        }
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ADomainWithOnlyAnAddressIsItsOwnMailHostAndItSaysSo()
    {
        using var folder = new TemporaryFolder();
        await using var dns = await DnsmasqServer.StartAsync(Records);
        await using var server = await StartDemoAsync(folder);

        var (run, exit) = await RunAsync(dns, "aonly.test", server);
        using (run)
        {
            Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
            Assert.Contains("implicit MX", run.App.Stderr);
            Assert.Contains("aonly.test: connecting to aonly.test [127.0.0.1]", run.App.Stderr);
            run.AssertShown("221 2.0.0");
        }
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ANullMxIsExplainedAndNothingIsConnected()
    {
        await using var dns = await DnsmasqServer.StartAsync(Records);

        var (run, exit) = await RunAsync(dns, "nullmx.test", null);
        using (run)
        {
            Assert.True(exit == 6, $"exit {exit}, not 6 (the domain has nowhere to deliver mail)\n{run.Transcript}");
            Assert.Contains("null MX", run.App.Stderr);
            Assert.Contains("RFC 7505", run.App.Stderr);
            Assert.DoesNotContain("Connecting to", run.App.Stderr);
            Assert.Equal("", run.App.Stdout);
        }
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ANameThatDoesNotExistIsSaidClearlyAndNothingIsConnected()
    {
        await using var dns = await DnsmasqServer.StartAsync(Records);

        var (run, exit) = await RunAsync(dns, "nosuch.test", null);
        using (run)
        {
            Assert.True(exit == 6, $"exit {exit}, not 6 (the domain has nowhere to deliver mail)\n{run.Transcript}");
            Assert.Contains("nosuch.test does not exist in DNS", run.App.Stderr);
            Assert.Contains("NXDOMAIN", run.App.Stderr);
            Assert.DoesNotContain("Connecting to", run.App.Stderr);
            Assert.Equal("", run.App.Stdout);
        }
    }
}
