using System.Net;
using TelnetLite.Core.Mx;

namespace TelnetLite.Core.Tests.Mx;

public sealed class MxConnectPlannerTests
{
    private static MxHost Host(int preference, string name, params string[] addresses) =>
        new(preference, name, [.. addresses.Select(IPAddress.Parse)], IsImplicit: false, addresses.Length == 0 ? "no A or AAAA record" : null);

    private static MxLookupResult Found(params MxHost[] hosts) => new("fabrikam.test", MxLookupOutcome.MailHosts, "127.0.0.1", hosts);

    [Fact]
    public void EveryAddressOfEveryHostIsACandidateInPreferenceOrder()
    {
        var plan = MxConnectPlanner.Plan(Found(Host(10, "mail1.fabrikam.test", "192.0.2.1", "2001:db8::1"), Host(20, "mail2.fabrikam.test", "192.0.2.2")));

        Assert.Equal(["192.0.2.1", "2001:db8::1", "192.0.2.2"], plan.Candidates.Select(c => c.Address.ToString()));
        Assert.All(plan.Candidates, c => Assert.Equal(25, c.Port));
        Assert.Equal(["the most preferred MX host (preference 10)", "another address of mail1.fabrikam.test (2 of 2)", "the next MX host (preference 20)"],
            plan.Candidates.Select(c => c.Reason));
    }

    [Fact]
    public void EqualPreferencesKeepTheServersOrderAndSaySo()
    {
        var plan = MxConnectPlanner.Plan(Found(Host(10, "a.fabrikam.test", "192.0.2.1"), Host(10, "b.fabrikam.test", "192.0.2.2")));

        Assert.Equal("the most preferred MX host (preference 10, listed first among equal preferences)", plan.Candidates[0].Reason);
        Assert.Equal("an MX host of the same preference (10)", plan.Candidates[1].Reason);
    }

    [Fact]
    public void AnImplicitMxIsTheDomainsOwnAddress()
    {
        var result = new MxLookupResult("aonly.test", MxLookupOutcome.ImplicitMx, "127.0.0.1",
            [new MxHost(0, "aonly.test", [IPAddress.Loopback], IsImplicit: true, null)]);

        var candidate = Assert.Single(MxConnectPlanner.Plan(result, 587).Candidates);

        Assert.Equal("aonly.test [127.0.0.1] port 587", candidate.Describe());
        Assert.Contains("implicit MX, RFC 5321 §5.1", candidate.Reason);
    }

    [Fact]
    public void WhenNoHostHasAnAddressThereIsNothingToTryAndTheRefusalSaysWhy()
    {
        var result = Found(Host(10, "mail1.fabrikam.test"), Host(20, "mail2.fabrikam.test"));

        var plan = MxConnectPlanner.Plan(result);

        Assert.Empty(plan.Candidates);
        Assert.Contains("None of them has an address", plan.Refusal);
        Assert.Equal(plan.Refusal, plan.Opening());
        Assert.Equal(ExitCode.NoMailHost, result.ExitCode);
    }

    [Fact]
    public void TheOnlyCandidateFailingSaysNoMailHostAnswers()
    {
        var plan = MxConnectPlanner.Plan(Found(Host(10, "mail1.fabrikam.test", "192.0.2.1")));

        Assert.Equal("mail1.fabrikam.test [192.0.2.1] port 25 did not answer (timed out); it was the only address for fabrikam.test: no mail host of fabrikam.test answers.",
            plan.Fallback(0, "timed out"));
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.Fallback(1, "timed out"));
    }
}
