using TelnetLite.Core.Auth;

namespace TelnetLite.Core.Tests.Auth;

public sealed class SaslMechanismsTests
{
    [Theory]
    [InlineData("plain", SaslMechanism.Plain)]
    [InlineData("LOGIN", SaslMechanism.Login)]
    [InlineData("cram-md5", SaslMechanism.CramMd5)]
    [InlineData("CRAM_MD5", SaslMechanism.CramMd5)]
    [InlineData("crammd5", SaslMechanism.CramMd5)]
    [InlineData("XOAuth2", SaslMechanism.XOAuth2)]
    public void NamesAreReadInAnyCase(string typed, SaslMechanism expected)
    {
        Assert.True(SaslMechanisms.TryParse(typed, out var mechanism));
        Assert.Equal(expected, mechanism);
    }

    [Theory]
    [InlineData("NTLM")]
    [InlineData("")]
    [InlineData(null)]
    public void OtherNamesAreNotMechanismsTelnetLiteSpeaks(string? typed) => Assert.False(SaslMechanisms.TryParse(typed, out _));

    [Theory]
    [InlineData("LOGIN PLAIN CRAM-MD5", SaslMechanism.CramMd5)]
    [InlineData("login plain", SaslMechanism.Plain)]
    [InlineData("LOGIN", SaslMechanism.Login)]
    [InlineData("NTLM GSSAPI LOGIN", SaslMechanism.Login)]
    [InlineData("XOAUTH2 PLAIN", SaslMechanism.Plain)]
    public void WithAPasswordTheStrongestAdvertisedMechanismIsChosen(string advertised, SaslMechanism expected)
    {
        var choice = SaslMechanisms.Choose(advertised.Split(' '), SaslCredentialKind.Password);

        Assert.Equal(expected, choice.Mechanism);
        Assert.StartsWith(SaslMechanisms.WireName(expected) + ", the strongest of ", choice.Reason);
    }

    [Fact]
    public void CramMd5IsPreferredBecauseThePasswordNeverCrossesTheWire()
    {
        Assert.Contains("never crosses the wire", SaslMechanisms.Choose(["PLAIN", "CRAM-MD5"], SaslCredentialKind.Password).Reason);
    }

    [Fact]
    public void WithATokenOnlyXOAuth2Will()
    {
        Assert.Equal(SaslMechanism.XOAuth2, SaslMechanisms.Choose(["PLAIN", "XOAUTH2"], SaslCredentialKind.BearerToken).Mechanism);
        var none = SaslMechanisms.Choose(["PLAIN", "LOGIN"], SaslCredentialKind.BearerToken);
        Assert.Null(none.Mechanism);
        Assert.Contains("not XOAUTH2", none.Reason);
    }

    [Theory]
    [InlineData("", "did not advertise AUTH")]
    [InlineData("NTLM GSSAPI", "none of which TelnetLite speaks")]
    [InlineData("XOAUTH2", "needs an OAuth token")]
    public void WhenNothingFitsTheReasonSaysWhatToDo(string advertised, string reason)
    {
        var choice = SaslMechanisms.Choose(advertised.Split(' ', StringSplitOptions.RemoveEmptyEntries), SaslCredentialKind.Password);

        Assert.Null(choice.Mechanism);
        Assert.Contains(reason, choice.Reason);
    }
}
