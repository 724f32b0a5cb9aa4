using TelnetLite.Core.Mx;

namespace TelnetLite.Core.Tests.Mx;

public sealed class MailDomainTests
{
    [Theory]
    [InlineData("fabrikam.com", "fabrikam.com")]
    [InlineData(" Fabrikam.COM. ", "Fabrikam.COM")]
    [InlineData("_dmarc.fabrikam.com", "_dmarc.fabrikam.com")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    public void ADomainIsAskedInItsAsciiFormWithoutTheTrailingDot(string typed, string asked)
    {
        Assert.True(MailDomain.TryNormalise(typed, out var domain, out var error), error);
        Assert.Equal(asked, domain);
    }

    [Theory]
    [InlineData("fabrikam .com")]
    [InlineData("fabrikam-.com")]
    [InlineData(".")]
    [InlineData("a..b")]
    public void WhatCannotBeADomainIsRefused(string typed)
    {
        Assert.False(MailDomain.TryNormalise(typed, out _, out var error));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void ALabelLongerThan63CharactersIsRefused()
    {
        Assert.False(MailDomain.TryNormalise(new string('a', 64) + ".com", out _, out _));
        Assert.True(MailDomain.TryNormalise(new string('a', 63) + ".com", out _, out _));
    }
}
