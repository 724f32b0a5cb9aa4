using System.Net;
using TelnetLite.Core.Mx;
using TelnetLite.Core.Tests.Mx.Support;

namespace TelnetLite.Core.Tests.Mx;

/// <summary>The failures a real resolver gives that dnsmasq cannot be made to: SERVFAIL, FORMERR, silence.</summary>
public sealed class MxLookupFailureTests
{
    private static MxLookupOptions Quick(IPEndPoint server) => new(server) { Timeout = TimeSpan.FromMilliseconds(300), Retries = 1 };

    [Fact]
    public async Task ServfailSaysTheResolverCouldNotGetAnAnswerItself()
    {
        await using var dns = new ScriptedDnsServer(responseCode: 2);

        var result = await new MxLookup(Quick(dns.EndPoint)).LookupAsync("fabrikam.test");

        Assert.Equal(MxLookupOutcome.ServerFailure, result.Outcome);
        var explanation = MxLookupText.Explain(result);
        Assert.Contains("SERVFAIL", explanation[0]);
        Assert.Contains("could not get an answer itself", explanation[0]);
        Assert.Contains("DNSSEC", explanation[1]);
        Assert.Equal(ExitCode.DnsLookupFailed, result.ExitCode);
        Assert.Empty(MxConnectPlanner.Plan(result).Candidates);
    }

    [Fact]
    public async Task AnotherErrorCodeIsNamedAsDnsToolsNameIt()
    {
        await using var dns = new ScriptedDnsServer(responseCode: 1);

        var result = await new MxLookup(Quick(dns.EndPoint)).LookupAsync("fabrikam.test");

        Assert.Equal(MxLookupOutcome.OtherError, result.Outcome);
        Assert.Contains("FORMERR", MxLookupText.Explain(result)[0]);
        Assert.Equal(ExitCode.DnsLookupFailed, result.ExitCode);
    }

    [Fact]
    public async Task AServerThatNeverAnswersTimesOutAfterItsRetriesAndTheExplanationNamesIt()
    {
        await using var dns = new ScriptedDnsServer(responseCode: null);

        var result = await new MxLookup(Quick(dns.EndPoint)).LookupAsync("fabrikam.test");

        Assert.Equal(MxLookupOutcome.Timeout, result.Outcome);
        Assert.True(dns.Questions >= 2, $"asked {dns.Questions} time(s): the question is asked again once");
        var explanation = MxLookupText.Explain(result);
        Assert.StartsWith($"No answer from the DNS server 127.0.0.1:{dns.EndPoint.Port} within 0.6 s", explanation[0]);
        Assert.Contains("firewall drops DNS", explanation[1]);
        Assert.Equal(ExitCode.DnsLookupFailed, result.ExitCode);
    }

    [Theory]
    [InlineData("kate@fabrikam.com", "the part after @")]
    [InlineData("fabrikam..com", "dot-separated labels")]
    [InlineData("-fabrikam.com", "dot-separated labels")]
    [InlineData("", "no domain given")]
    public async Task WhatIsNotADomainIsSaidToBeSoWithoutAskingAnyone(string typed, string reason)
    {
        await using var dns = new ScriptedDnsServer(responseCode: null);

        var result = await new MxLookup(Quick(dns.EndPoint)).LookupAsync(typed);

        Assert.Equal(MxLookupOutcome.InvalidDomain, result.Outcome);
        Assert.Contains(reason, MxLookupText.Explain(result)[0]);
        Assert.Equal(ExitCode.BadInput, result.ExitCode);
        Assert.Equal(0, dns.Questions);
    }

    [Fact]
    public async Task ControlCharactersTypedInADomainAreShownVisibly()
    {
        var result = await new MxLookup(new MxLookupOptions(new IPEndPoint(IPAddress.Loopback, 9))).LookupAsync("fabrikam\u001b[31m.com");

        Assert.Equal(MxLookupOutcome.InvalidDomain, result.Outcome);
        Assert.DoesNotContain('\u001b', string.Concat(MxLookupText.Explain(result)));
        Assert.Contains("fabrikam^[[31m.com", MxLookupText.Explain(result)[0]);
    }

    [Fact]
    public async Task CancellationIsTheOneThingThatThrows()
    {
        await using var dns = new ScriptedDnsServer(responseCode: null);
        using var cancelled = new CancellationTokenSource();
        // Cancelled while the question waits for an answer that never comes.
        cancelled.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new MxLookup(new MxLookupOptions(dns.EndPoint) { Timeout = TimeSpan.FromSeconds(30) }).LookupAsync("fabrikam.test", cancelled.Token));
    }
}
