using TelnetLite.Core.Demo;

namespace TelnetLite.Core.Tests.Demo;

public sealed class DemoAddressSyntaxTests
{
    [Theory]
    [InlineData("chris@contoso.com", true)]
    [InlineData("first.last+tag@sub.contoso.com", true)]
    [InlineData("o'brien@contoso.com", true)]
    [InlineData("chris@[192.0.2.1]", true)]
    [InlineData("chris", false)]
    [InlineData(".chris@contoso.com", false)]
    [InlineData("chris.@contoso.com", false)]
    [InlineData("ch..ris@contoso.com", false)]
    [InlineData("chris@.contoso.com", false)]
    [InlineData("chris@contoso.com.", false)]
    [InlineData("chris@con toso.com", false)]
    [InlineData("chris@contoso.c\u00f6m", false)]
    [InlineData("\"chris\"@contoso.com", false)]
    public void AMailboxIsADotAtomAtADomain(string address, bool valid)
    {
        Assert.Equal(valid, DemoAddressSyntax.IsValidMailbox(address));
    }

    [Theory]
    [InlineData("[192.0.2.1]", true)]
    [InlineData("[IPv6:::1]", true)]
    [InlineData("[192.0.2]", false)]
    [InlineData("[IPv6:192.0.2.1]", false)]
    [InlineData("[]", false)]
    [InlineData("192.0.2.1", true)]
    public void AHelloDomainMayBeAnAddressLiteral(string domain, bool valid)
    {
        Assert.Equal(valid, DemoAddressSyntax.IsValidHeloDomain(domain));
    }
}
