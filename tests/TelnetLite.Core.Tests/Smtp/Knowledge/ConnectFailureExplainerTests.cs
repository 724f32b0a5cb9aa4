using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>A failed connect explained with the seed's five causes, in the style of a reply's annotation.</summary>
public sealed class ConnectFailureExplainerTests
{
    [Fact]
    public void ANameThatDoesNotResolveMeansTheFqdnOrIpAddressIsWrong()
    {
        var explanation = ConnectFailureExplainer.Explain(ConnectFailureKind.NameNotResolved, "mail1.fabrikam.com", 25);

        Assert.Contains("the FQDN or IP address is wrong", explanation.Meaning);
        Assert.Equal("the FQDN or IP address given for the target server is wrong", explanation.Causes[0]);
        Assert.Contains("nslookup mail1.fabrikam.com", explanation.Next);
    }

    [Fact]
    public void ARefusedConnectionMeansNothingListensOnThatPort()
    {
        var explanation = ConnectFailureExplainer.Explain(ConnectFailureKind.Refused, "mail1.fabrikam.com", 2525);

        Assert.Equal("no service is listening on that port: the SMTP service is down or the port is wrong", explanation.Meaning);
        Assert.Equal(["the target SMTP service is not available", "the port number given is wrong"], explanation.Causes.Take(2));
    }

    [Fact]
    public void ATimeoutMeansAFirewallIsDroppingTheConnection()
    {
        var explanation = ConnectFailureExplainer.Explain(ConnectFailureKind.TimedOut, "mail1.fabrikam.com", 25);

        Assert.Contains("a firewall at the target or the source is dropping the connection (or the host is down)", explanation.Meaning);
        Assert.Equal(["a firewall at the target restricts the connection", "a firewall at the source restricts the connection"], explanation.Causes.Take(2));
    }

    [Fact]
    public void AnUnreachableHostIsARoutingProblem()
    {
        var explanation = ConnectFailureExplainer.Explain(ConnectFailureKind.Unreachable, "2001:db8::25", 25);

        Assert.Contains("routing", explanation.Meaning);
        Assert.Contains("traceroute 2001:db8::25", explanation.Next);
    }

    [Fact]
    public void AnyOtherFailureListsAllFiveCausesOfTheSeedInItsOrder()
    {
        var explanation = ConnectFailureExplainer.Explain(ConnectFailureKind.Other, "mail1.fabrikam.com", 25);

        Assert.Equal(
        [
            "the target SMTP service is not available",
            "a firewall at the target restricts the connection",
            "a firewall at the source restricts the connection",
            "the FQDN or IP address given for the target server is wrong",
            "the port number given is wrong",
        ], explanation.Causes);
    }

    [Fact]
    public void TheLinesReadLikeAnAnnotation()
    {
        var lines = ConnectFailureExplainer.Explain(ConnectFailureKind.Refused, "mail1.fabrikam.com", 25).ToLines();

        Assert.Equal("connect failed: no service is listening on that port: the SMTP service is down or the port is wrong", lines[0]);
        Assert.All(lines.Skip(1).SkipLast(1), line => Assert.StartsWith("cause: ", line));
        Assert.StartsWith("next: ", lines[^1]);
    }

    [Fact]
    public void EveryKindHasAMeaningCausesAndANextStepEvenWithoutAHostName()
    {
        foreach (var kind in Enum.GetValues<ConnectFailureKind>())
        {
            var explanation = ConnectFailureExplainer.Explain(kind, "", 25);
            Assert.Equal(kind, explanation.Kind);
            Assert.False(string.IsNullOrWhiteSpace(explanation.Meaning));
            Assert.NotEmpty(explanation.Causes);
            Assert.False(string.IsNullOrWhiteSpace(explanation.Next));
        }
    }
}
