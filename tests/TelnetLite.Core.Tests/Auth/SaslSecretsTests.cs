using System.Text;
using CsCheck;
using TelnetLite.Core.Auth;

namespace TelnetLite.Core.Tests.Auth;

public sealed class SaslSecretsTests
{
    [Fact]
    public void ThePasswordItsLoginFormAndThePlainResponsesAreSecrets()
    {
        var credentials = new SaslCredentials("chris@contoso.com", "Pa55-w0rd!");

        var secrets = SaslSecrets.For(credentials);

        Assert.Contains("Pa55-w0rd!", secrets);
        Assert.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes("Pa55-w0rd!")), secrets);
        Assert.Contains(SaslSecrets.PlainResponse(credentials), secrets);
        Assert.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes("chris@contoso.com\0chris@contoso.com\0Pa55-w0rd!")), secrets);
        Assert.DoesNotContain("chris@contoso.com", secrets);
        Assert.DoesNotContain("", secrets);
    }

    [Fact]
    public void TheSecretIsFoundInsideAnyBase64TextThatCarriesItWhateverPrecedesIt()
    {
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 6, 40], Gen.Byte.Array[0, 20], Gen.Byte.Array[0, 20]).Sample((password, before, after) =>
        {
            var secrets = SaslSecrets.For(new SaslCredentials("u", password));
            var carried = Convert.ToBase64String([.. before, .. Encoding.UTF8.GetBytes(password), .. after]);
            return secrets.Any(secret => carried.Contains(secret, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void ATokenAndItsXOAuth2ResponseAreSecrets()
    {
        var credentials = new SaslCredentials("someuser@example.com", "ya29.token", SaslCredentialKind.BearerToken);

        var secrets = SaslSecrets.For(credentials);

        Assert.Contains("ya29.token", secrets);
        Assert.Contains(SaslSecrets.XOAuth2Response(credentials), secrets);
    }
}
