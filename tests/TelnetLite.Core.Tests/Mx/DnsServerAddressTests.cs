using System.Net;
using TelnetLite.Core.Mx;

namespace TelnetLite.Core.Tests.Mx;

public sealed class DnsServerAddressTests
{
    [Theory]
    [InlineData("192.0.2.53", "192.0.2.53", 53)]
    [InlineData(" 192.0.2.53:5353 ", "192.0.2.53", 5353)]
    [InlineData("2001:db8::53", "2001:db8::53", 53)]
    [InlineData("[2001:db8::53]", "2001:db8::53", 53)]
    [InlineData("[::1]:5353", "::1", 5353)]
    public void AnAddressWithOrWithoutAPortIsAResolver(string text, string address, int port)
    {
        Assert.True(DnsServerAddress.TryParse(text, out var endPoint, out var error), error);
        Assert.Equal(new IPEndPoint(IPAddress.Parse(address), port), endPoint);
    }

    [Theory]
    [InlineData("", "no DNS server given")]
    [InlineData("dns.fabrikam.com", "not an IP address")]
    [InlineData("1", "not an IP address")]
    [InlineData("192.0.2.53:0", "not a port")]
    [InlineData("192.0.2.53:65536", "not a port")]
    [InlineData("192.0.2.53:", "not a port")]
    [InlineData("[::1", "is not SERVER[:PORT]")]
    [InlineData("[::1]x", "is not SERVER[:PORT]")]
    public void AnythingElseIsRefusedWithTheReason(string text, string reason)
    {
        Assert.False(DnsServerAddress.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void TheDefaultPortIsLeftOutWhenShown()
    {
        Assert.Equal("192.0.2.53", DnsServerAddress.Format(new IPEndPoint(IPAddress.Parse("192.0.2.53"), 53)));
        Assert.Equal("[::1]:5353", DnsServerAddress.Format(new IPEndPoint(IPAddress.IPv6Loopback, 5353)));
    }
}
