using System.Text;
using TelnetLite.Core.Auth;

namespace TelnetLite.Core.Tests.Auth;

/// <summary>The client side of each mechanism, fed the replies real servers send.</summary>
public sealed class SaslClientTests
{
    private static readonly SaslCredentials Chris = new("chris@contoso.com", "Pa55-w0rd!");

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void PlainSendsEverythingWithTheCommandAsASecretLine()
    {
        var client = SaslClient.Start(SaslMechanism.Plain, Chris);

        Assert.Equal("AUTH PLAIN " + Base64("\0chris@contoso.com\0Pa55-w0rd!"), client.Command.Text);
        Assert.True(client.Command.IsSecret);
        var done = Assert.IsType<SaslFinished>(client.Next(235, "2.7.0 Authentication successful"));
        Assert.Equal((true, 235, "authenticated as chris@contoso.com with PLAIN"), (done.Succeeded, done.Code, done.Summary));
        Assert.True(client.IsFinished);
    }

    [Fact]
    public void LoginAnswersTheUserNamePromptThenThePasswordPrompt()
    {
        var client = SaslClient.Start(SaslMechanism.Login, Chris);
        Assert.Equal(new SaslLine("AUTH LOGIN", false, "AUTH LOGIN: the server answers with a challenge"), client.Command);

        var user = Assert.IsType<SaslSend>(client.Next(334, "VXNlcm5hbWU6")).Line;
        var password = Assert.IsType<SaslSend>(client.Next(334, "UGFzc3dvcmQ6")).Line;

        Assert.Equal((Base64("chris@contoso.com"), true), (user.Text, user.IsSecret));
        Assert.Contains("\"Username:\"", user.Purpose);
        Assert.Equal((Base64("Pa55-w0rd!"), true), (password.Text, password.IsSecret));
        Assert.Equal("the password, base64-encoded (the server asked \"Password:\")", password.Purpose);
        Assert.False(Assert.IsType<SaslFinished>(client.Next(535, "5.7.8 Authentication credentials invalid")).Succeeded);
    }

    [Fact]
    public void AiosmtpdsPromptsWithATrailingNulAreShownWithTheNulVisible()
    {
        var client = SaslClient.Start(SaslMechanism.Login, Chris);

        var user = Assert.IsType<SaslSend>(client.Next(334, "VXNlciBOYW1lAA==")).Line;
        var password = Assert.IsType<SaslSend>(client.Next(334, "UGFzc3dvcmQA")).Line;

        Assert.Contains("(the server asked \"User Name\\0\")", user.Purpose);
        Assert.Contains("(the server asked \"Password\\0\")", password.Purpose);
        Assert.DoesNotContain('\0', user.Purpose + password.Purpose);
    }

    [Fact]
    public void CramMd5SignsTheChallengeAsRfc2195sExampleDoes()
    {
        // RFC 2195 section 2: user tim, password tanstaaftanstaaf.
        var client = SaslClient.Start(SaslMechanism.CramMd5, new SaslCredentials("tim", "tanstaaftanstaaf"));
        Assert.Equal("AUTH CRAM-MD5", client.Command.Text);

        var answer = Assert.IsType<SaslSend>(client.Next(334, "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+")).Line;

        Assert.Equal("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw", answer.Text);
        Assert.True(answer.IsSecret);
        Assert.Contains("\"<1896.697170952@postoffice.reston.mci.net>\"", answer.Purpose);
        Assert.Contains(answer.Text, client.SecretForms);
        Assert.Contains("b913a602c7eda7a495b4e6e7334d3890", client.SecretForms);
    }

    [Fact]
    public void XOAuth2SendsTheUserAndTokenAsGooglesDocumentationShows()
    {
        var client = SaslClient.Start(SaslMechanism.XOAuth2,
            new SaslCredentials("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg", SaslCredentialKind.BearerToken));

        Assert.Equal("AUTH XOAUTH2 dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==",
            client.Command.Text);
        Assert.True(client.Command.IsSecret);
    }

    [Fact]
    public void AnXOAuth2ErrorChallengeIsAnsweredWithAnEmptyLineAndTheRefusalFollows()
    {
        var client = SaslClient.Start(SaslMechanism.XOAuth2, new SaslCredentials("someuser@example.com", "expired-token", SaslCredentialKind.BearerToken));

        var empty = Assert.IsType<SaslSend>(client.Next(334, Base64("{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"https://mail.google.com/\"}"))).Line;

        Assert.Equal(("", false), (empty.Text, empty.IsSecret));
        Assert.Contains("\"status\":\"401\"", empty.Purpose);
        Assert.Equal("XOAUTH2 authentication for someuser@example.com refused (535)",
            Assert.IsType<SaslFinished>(client.Next(535, "5.7.8 Username and Password not accepted")).Summary);
    }

    [Fact]
    public void AChallengeThatCannotBeAnsweredIsCancelledWithAStarAndTheExchangeEndsFailed()
    {
        var client = SaslClient.Start(SaslMechanism.CramMd5, Chris);

        var cancel = Assert.IsType<SaslCancel>(client.Next(334, "not*base64!"));
        Assert.Equal("*", cancel.Line.Text);
        Assert.Contains("not base64", cancel.Why);
        var done = Assert.IsType<SaslFinished>(client.Next(501, "5.0.0 Authentication cancelled"));
        Assert.Equal((false, "CRAM-MD5 authentication cancelled (501)"), (done.Succeeded, done.Summary));
    }

    [Fact]
    public void PlainAskedForMoreAndLoginAskedAThirdTimeAreCancelled()
    {
        var plain = SaslClient.Start(SaslMechanism.Plain, Chris);
        Assert.IsType<SaslCancel>(plain.Next(334, ""));

        var login = SaslClient.Start(SaslMechanism.Login, Chris);
        login.Next(334, "VXNlcm5hbWU6");
        login.Next(334, "UGFzc3dvcmQ6");
        Assert.Contains("third challenge", Assert.IsType<SaslCancel>(login.Next(334, "UGFzc3dvcmQ6")).Why);
    }

    [Fact]
    public void AFinishedExchangeTakesNoMoreReplies()
    {
        var client = SaslClient.Start(SaslMechanism.Plain, Chris);
        client.Next(235, "ok");

        Assert.Throws<InvalidOperationException>(() => client.Next(235, "ok"));
    }

    [Fact]
    public void ATokenIsNoPasswordAndAPasswordIsNoToken()
    {
        Assert.Throws<ArgumentException>(() => SaslClient.Start(SaslMechanism.XOAuth2, Chris));
        Assert.Throws<ArgumentException>(() => SaslClient.Start(SaslMechanism.Plain, Chris with { Kind = SaslCredentialKind.BearerToken }));
    }

    [Fact]
    public void NeitherTheCredentialsNorASecretLineShowTheSecretWhenPrinted()
    {
        var client = SaslClient.Start(SaslMechanism.Plain, Chris);

        var printed = Chris.ToString() + client.Command;

        Assert.All(client.SecretForms, secret => Assert.DoesNotContain(secret, printed));
        Assert.Contains("chris@contoso.com", printed);
    }
}
