using System.Net;
using TelnetLite.Core.Mx;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Mx;

/// <summary>MX lookups against a real dnsmasq on loopback serving MX, A-only, null MX and NXDOMAIN answers.</summary>
public sealed class MxLookupDnsmasqTests
{
    private static async Task<MxLookupResult> LookUpAsync(DnsmasqServer dns, string domain) =>
        await new MxLookup(new MxLookupOptions(dns.EndPoint)).LookupAsync(domain);

    [PeerFact(Peer.Dnsmasq)]
    public async Task TheMxHostsComeInPreferenceOrderEachWithItsAddress()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var result = await LookUpAsync(dns, "fabrikam.test");

        Assert.Equal(MxLookupOutcome.MailHosts, result.Outcome);
        Assert.Equal(["10 mail1.fabrikam.test 127.0.0.1", "20 mail2.fabrikam.test 127.0.0.2"], MxLookupText.HostLines(result));
        Assert.Equal(ExitCode.Ok, result.ExitCode);
        Assert.Equal($"127.0.0.1:{dns.EndPoint.Port}", result.Resolver);
        Assert.Contains("senders try the lowest preference first (mail1.fabrikam.test, 10)", MxLookupText.Explain(result)[0]);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ADomainWithoutMxFallsBackToItsOwnAddressAndSaysItIsTheImplicitMxOfRfc5321()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var result = await LookUpAsync(dns, "aonly.test");

        Assert.Equal(MxLookupOutcome.ImplicitMx, result.Outcome);
        var host = Assert.Single(result.Hosts);
        Assert.True(host.IsImplicit);
        Assert.Equal(["0 aonly.test 127.0.0.1"], MxLookupText.HostLines(result));
        Assert.Contains("has no MX record", MxLookupText.Explain(result)[0]);
        Assert.Contains("RFC 5321 §5.1", MxLookupText.Explain(result)[0]);
        Assert.Equal(ExitCode.Ok, result.ExitCode);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ANullMxIsExplainedAsADomainThatAcceptsNoMail()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var result = await LookUpAsync(dns, "nullmx.test");

        Assert.Equal(MxLookupOutcome.NullMx, result.Outcome);
        Assert.Empty(result.Hosts);
        Assert.Contains("RFC 7505", MxLookupText.Explain(result)[0]);
        Assert.Contains("accepts no mail", MxLookupText.Explain(result)[0]);
        Assert.Equal(ExitCode.NoMailHost, result.ExitCode);
        var plan = MxConnectPlanner.Plan(result);
        Assert.Empty(plan.Candidates);
        Assert.Contains("null MX", plan.Refusal);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ANameThatDoesNotExistIsNxdomain()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var result = await LookUpAsync(dns, "nosuch.test");

        Assert.Equal(MxLookupOutcome.DomainNotFound, result.Outcome);
        Assert.Contains("does not exist in DNS", MxLookupText.Explain(result)[0]);
        Assert.Contains("NXDOMAIN", MxLookupText.Explain(result)[0]);
        Assert.Equal(ExitCode.NoMailHost, result.ExitCode);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ANameTheServerDoesNotServeIsRefusedAndTheAdviceIsAnotherResolver()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var result = await LookUpAsync(dns, "fabrikam.example");

        Assert.Equal(MxLookupOutcome.Refused, result.Outcome);
        Assert.Contains("REFUSED", MxLookupText.Explain(result)[0]);
        Assert.Contains("--dns SERVER", MxLookupText.Explain(result)[1]);
        Assert.Equal(ExitCode.DnsLookupFailed, result.ExitCode);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task AnMxHostWithoutAddressIsListedWithTheReasonAndSkippedByThePlan()
    {
        await using var dns = await DnsmasqServer.StartAsync(
        [
            "mx-host=contoso.test,mail0.contoso.test,5",
            "mx-host=contoso.test,mail1.contoso.test,10",
            "address=/mail1.contoso.test/127.0.0.1",
            "txt-record=mail0.contoso.test,\"no address\"",
        ]);

        var result = await LookUpAsync(dns, "contoso.test.");

        Assert.Equal(["5 mail0.contoso.test (no address: no A or AAAA record)", "10 mail1.contoso.test 127.0.0.1"], MxLookupText.HostLines(result));
        Assert.Contains("Without an address, and skipped by senders: mail0.contoso.test.", MxLookupText.Explain(result));
        var candidate = Assert.Single(MxConnectPlanner.Plan(result).Candidates);
        Assert.Equal(IPAddress.Loopback, candidate.Address);
        Assert.Contains("mail0.contoso.test has none", candidate.Reason);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task ThePlanForFabrikamTriesTheMostPreferredHostFirstAndSaysWhyEachComesWhereItDoes()
    {
        await using var dns = await DnsmasqServer.StartAsync();

        var plan = MxConnectPlanner.Plan(await LookUpAsync(dns, "fabrikam.test"), 2525);

        Assert.Null(plan.Refusal);
        Assert.Equal(["mail1.fabrikam.test [127.0.0.1] port 2525", "mail2.fabrikam.test [127.0.0.2] port 2525"], plan.Candidates.Select(c => c.Describe()));
        Assert.Equal("fabrikam.test: connecting to mail1.fabrikam.test [127.0.0.1] port 2525, the most preferred MX host (preference 10).", plan.Opening());
        Assert.Equal("mail1.fabrikam.test [127.0.0.1] port 2525 did not answer (connection refused): trying mail2.fabrikam.test [127.0.0.2] port 2525, the next MX host (preference 20).",
            plan.Fallback(0, "connection refused"));
        Assert.Equal("mail2.fabrikam.test [127.0.0.2] port 2525 did not answer (connection refused); none of the 2 addresses of fabrikam.test's mail hosts answered.",
            plan.Fallback(1, "connection refused"));
    }
}
