using System.Security.Cryptography;
using System.Text;
using TelnetLite.Core.Demo;

namespace TelnetLite.Core.Tests.Demo;

/// <summary>AUTH CRAM-MD5 (RFC 2195) on the demo server: a fresh challenge, an HMAC-MD5 answer, the password never sent.</summary>
public sealed class DemoSmtpServerCramMd5Tests
{
    private static string Decode(string base64) => Encoding.ASCII.GetString(Convert.FromBase64String(base64));

    private static string Answer(string challenge, string user, string password) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            user + " " + Convert.ToHexStringLower(HMACMD5.HashData(Encoding.UTF8.GetBytes(password), Encoding.ASCII.GetBytes(challenge)))));

    [Fact]
    public async Task EhloAdvertisesCramMd5BesideLoginAndPlain()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        Assert.Contains("250-AUTH LOGIN PLAIN CRAM-MD5", await client.CommandAsync("EHLO contoso.com"));
    }

    [Fact]
    public async Task TheChallengeIsInRfc2195sFormAndTheRightDigestAuthenticates()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        var challengeLine = await client.CommandAsync("AUTH CRAM-MD5");
        Assert.StartsWith("334 ", challengeLine);
        var challenge = Decode(challengeLine[4..]);
        Assert.Matches(@"^<\d+\.\d+@mail1\.fabrikam\.com>$", challenge);

        Assert.Equal("235 2.7.0 Authentication successful", await client.CommandAsync(Answer(challenge, "CHRIS@contoso.com", DemoServerInfo.Password)));
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
    }

    [Fact]
    public async Task EachExchangeGetsAChallengeOfItsOwn()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var first = await harness.ConnectAndGreetAsync();
        await using var second = await harness.ConnectAndGreetAsync();

        Assert.NotEqual(await first.CommandAsync("AUTH CRAM-MD5"), await second.CommandAsync("AUTH CRAM-MD5"));
    }

    [Theory]
    [InlineData("chris@contoso.com", "Demo")]
    [InlineData("kate@fabrikam.com", "demo")]
    public async Task AWrongPasswordOrUserFails(string user, string password)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        var challenge = Decode((await client.CommandAsync("AUTH CRAM-MD5"))[4..]);

        Assert.Equal("535 5.7.8 Authentication unsuccessful", await client.CommandAsync(Answer(challenge, user, password)));
    }

    [Fact]
    public async Task AnAnswerForAnotherChallengeFails()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        var challenge = Decode((await client.CommandAsync("AUTH CRAM-MD5"))[4..]);
        await client.CommandAsync("*");
        await client.CommandAsync("AUTH CRAM-MD5");

        Assert.Equal("535 5.7.8 Authentication unsuccessful", await client.CommandAsync(Answer(challenge, DemoServerInfo.UserName, DemoServerInfo.Password)));
    }

    [Fact]
    public async Task TheAnswerTakesNoInitialResponseAndMayBeCancelled()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("501 5.5.4 Invalid arguments", await client.CommandAsync("AUTH CRAM-MD5 Y2hyaXM="));
        await client.CommandAsync("AUTH CRAM-MD5");
        Assert.Equal("501 5.0.0 Authentication cancelled", await client.CommandAsync("*"));
        await client.CommandAsync("AUTH CRAM-MD5");
        Assert.Equal("501 5.5.2 Cannot Base64-decode Client responses", await client.CommandAsync("chris@contoso.com 0123"));
    }

    [Fact]
    public void TheDigestIsCheckedAsRfc2195sExampleComputesIt()
    {
        // RFC 2195 section 2: user tim, password tanstaaftanstaaf, digest b913a602c7eda7a495b4e6e7334d3890.
        var authenticator = new DemoAuthenticator("tim", "tanstaaftanstaaf");
        const string Challenge = "<1896.697170952@postoffice.reston.mci.net>";

        Assert.Equal(DemoAuthResult.Succeeded, authenticator.CheckCramMd5(Challenge, "tim b913a602c7eda7a495b4e6e7334d3890"));
        Assert.Equal(DemoAuthResult.Succeeded, authenticator.CheckCramMd5(Challenge, "tim B913A602C7EDA7A495B4E6E7334D3890"));
        Assert.Equal(DemoAuthResult.Failed, authenticator.CheckCramMd5(Challenge, "tim b913a602c7eda7a495b4e6e7334d389"));
        Assert.Equal(DemoAuthResult.Failed, authenticator.CheckCramMd5(Challenge, "b913a602c7eda7a495b4e6e7334d3890"));
        Assert.Equal(DemoAuthResult.Failed, authenticator.CheckCramMd5(Challenge, "tim zz13a602c7eda7a495b4e6e7334d3890"));
    }
}
