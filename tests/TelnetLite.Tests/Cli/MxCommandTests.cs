using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Cli;

/// <summary><c>telnetlite mx</c> as a user runs it, against a real dnsmasq on loopback.</summary>
public sealed class MxCommandTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, ["mx", .. arguments]);
        await app.PipeAsync([]);
        var exit = await app.WaitForExitAsync();
        return (exit, app.Stdout, app.Stderr);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task StandardOutputHasOneLinePerHostWithPreferenceAndAddressesAndTheMeaningGoesToStandardError()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var (exit, stdout, stderr) = await RunAsync("fabrikam.test", "--dns", $"127.0.0.1:{dns.EndPoint.Port}");

        Assert.Equal(0, exit);
        Assert.Equal("10 mail1.fabrikam.test 127.0.0.1\n20 mail2.fabrikam.test 127.0.0.2\n", stdout.ReplaceLineEndings("\n"));
        Assert.Contains("fabrikam.test has 2 MX hosts", stderr);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ADomainWithoutMxListsItsOwnAddressAsPreferenceZero()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var (exit, stdout, stderr) = await RunAsync("aonly.test", "--dns", $"127.0.0.1:{dns.EndPoint.Port}");

        Assert.Equal(0, exit);
        Assert.Equal("0 aonly.test 127.0.0.1\n", stdout.ReplaceLineEndings("\n"));
        Assert.Contains("implicit MX", stderr);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ANullMxAndANameThatDoesNotExistExitSixWithNothingOnStandardOutput()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var nullMx = await RunAsync("nullmx.test", "--dns", $"127.0.0.1:{dns.EndPoint.Port}");
        var missing = await RunAsync("nosuch.test", "--dns", $"127.0.0.1:{dns.EndPoint.Port}");

        Assert.Equal((6, ""), (nullMx.Exit, nullMx.Stdout));
        Assert.Contains("RFC 7505", nullMx.Stderr);
        Assert.Equal((6, ""), (missing.Exit, missing.Stdout));
        Assert.Contains("NXDOMAIN", missing.Stderr);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ARefusedQueryExitsFive()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var (exit, _, stderr) = await RunAsync("fabrikam.example", "--dns", $"127.0.0.1:{dns.EndPoint.Port}");

        Assert.Equal(5, exit);
        Assert.Contains("REFUSED", stderr);
    }

    [Fact]
    public async Task ABadDnsServerOrDomainExitsOneBeforeAskingAnything()
    {
        var badServer = await RunAsync("fabrikam.test", "--dns", "dns.fabrikam.test");
        var badDomain = await RunAsync("kate@fabrikam.test", "--dns", "127.0.0.1:9");

        Assert.Equal(1, badServer.Exit);
        Assert.Contains("telnetlite mx: --dns: 'dns.fabrikam.test' is not an IP address", badServer.Stderr);
        Assert.Equal(1, badDomain.Exit);
        Assert.Contains("the part after @", badDomain.Stderr);
    }
}
