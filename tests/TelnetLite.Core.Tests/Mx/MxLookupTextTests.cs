using System.Net;
using TelnetLite.Core.Mx;

namespace TelnetLite.Core.Tests.Mx;

public sealed class MxLookupTextTests
{
    [Fact]
    public void AHostLineIsPreferenceNameAndAddressesSeparatedBySpaces()
    {
        var host = new MxHost(10, "mail1.fabrikam.test", [IPAddress.Parse("192.0.2.1"), IPAddress.Parse("2001:db8::1")], false, null);

        Assert.Equal("10 mail1.fabrikam.test 192.0.2.1 2001:db8::1", MxLookupText.HostLine(host));
    }

    [Fact]
    public void AHostWhoseAddressLookupFailedSaysSo()
    {
        var host = new MxHost(20, "mail2.fabrikam.test", [], false, "its address lookup failed: SERVFAIL");

        Assert.Equal("20 mail2.fabrikam.test (no address: its address lookup failed: SERVFAIL)", MxLookupText.HostLine(host));
    }

    [Theory]
    [InlineData(nameof(MxLookupOutcome.NoMailHost), "neither an MX record nor an address")]
    [InlineData(nameof(MxLookupOutcome.NetworkError), "could not be asked")]
    public void EveryOutcomeIsExplained(string outcome, string words)
    {
        var explanation = MxLookupText.Explain(new MxLookupResult("fabrikam.test", Enum.Parse<MxLookupOutcome>(outcome), "192.0.2.53", []));

        Assert.Contains(words, explanation[0]);
    }

    [Fact]
    public void OneMxHostIsSaidInTheSingular()
    {
        var result = new MxLookupResult("fabrikam.test", MxLookupOutcome.MailHosts, "192.0.2.53",
            [new MxHost(10, "mail1.fabrikam.test", [IPAddress.Loopback], false, null)]);

        Assert.Equal(["fabrikam.test has one MX host, mail1.fabrikam.test (asked 192.0.2.53)."], MxLookupText.Explain(result));
    }
}
