using System.Text;
using TelnetLite.Core.Demo;

namespace TelnetLite.Core.Tests.Demo;

public sealed class DemoSmtpServerTlsAndAuthTests
{
    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task StartTlsHandsOverTheSelfSignedCertificateAndTheClientMustSayEhloAgain()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("220 2.0.0 SMTP server ready", await client.CommandAsync("STARTTLS"));
        await client.StartTlsAsync();

        Assert.Equal(harness.Server.Certificate.Thumbprint, client.ServerCertificate!.GetCertHashString());
        Assert.Contains("CN=mail1.fabrikam.com", client.ServerCertificate.Subject);
        Assert.Equal("503 5.5.2 Send hello first", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
        var ehlo = await client.CommandAsync("EHLO contoso.com");
        Assert.StartsWith("250-mail1.fabrikam.com Hello [127.0.0.1]", ehlo);
        Assert.DoesNotContain("STARTTLS", ehlo);
        Assert.Equal("503 5.5.1 TLS already active", await client.CommandAsync("STARTTLS"));
    }

    [Fact]
    public async Task TheWalkthroughOverTlsIsQueuedAndRecordedAsEsmtps()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("STARTTLS");
        await client.StartTlsAsync();

        await client.CommandAsync("EHLO contoso.com");
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
        Assert.Equal("250 2.1.5 Recipient OK", await client.CommandAsync("RCPT TO:kate@fabrikam.com NOTIFY=success,failure"));
        Assert.StartsWith("354 ", await client.CommandAsync("DATA"));
        await client.SendRawAsync("Subject: Test from Contoso\r\n\r\nThis is a test message\r\n");
        Assert.StartsWith("250 2.6.0 <", await client.CommandAsync("."));

        Assert.Contains(" with ESMTPS id ", await File.ReadAllTextAsync(Assert.Single(harness.Mailbox.Files("*.eml"))));
    }

    [Fact]
    public async Task AuthPlainWithAnInitialResponseAndTheDemoCredentialsSucceeds()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("235 2.7.0 Authentication successful", await client.CommandAsync("AUTH PLAIN " + DemoServerInfo.AuthPlainResponse()));
        Assert.Equal("503 5.5.2 Already authenticated", await client.CommandAsync("AUTH PLAIN " + DemoServerInfo.AuthPlainResponse()));
    }

    [Fact]
    public async Task AuthPlainWithoutAnInitialResponseAsksForItWithAnEmptyChallenge()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("334 ", await client.CommandAsync("AUTH PLAIN"));
        Assert.Equal("235 2.7.0 Authentication successful", await client.CommandAsync(Base64("chris@contoso.com\0chris@contoso.com\0demo")));
    }

    [Theory]
    [InlineData("\0chris@contoso.com\0wrong")]
    [InlineData("\0kate@fabrikam.com\0demo")]
    [InlineData("admin@fabrikam.com\0chris@contoso.com\0demo")]
    [InlineData("chris@contoso.com demo")]
    public async Task AuthPlainWithAnythingButTheDemoCredentialsFails(string message)
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("535 5.7.8 Authentication unsuccessful", await client.CommandAsync("AUTH PLAIN " + Base64(message)));
        Assert.Equal("235 2.7.0 Authentication successful", await client.CommandAsync("AUTH PLAIN " + DemoServerInfo.AuthPlainResponse()));
    }

    [Fact]
    public async Task AuthLoginAsksForTheUserNameAndThePasswordInBase64AndSucceeds()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("334 VXNlcm5hbWU6", await client.CommandAsync("AUTH LOGIN"));
        Assert.Equal("334 UGFzc3dvcmQ6", await client.CommandAsync(Base64(DemoServerInfo.UserName)));
        Assert.Equal("235 2.7.0 Authentication successful", await client.CommandAsync(Base64(DemoServerInfo.Password)));
    }

    [Fact]
    public async Task AuthLoginWithTheUserNameOnTheCommandLineAsksOnlyForThePassword()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("334 UGFzc3dvcmQ6", await client.CommandAsync("AUTH LOGIN " + Base64("CHRIS@contoso.com")));
        Assert.Equal("235 2.7.0 Authentication successful", await client.CommandAsync(Base64("demo")));
    }

    [Fact]
    public async Task AuthLoginWithAWrongPasswordFails()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        await client.CommandAsync("AUTH LOGIN");
        await client.CommandAsync(Base64("chris@contoso.com"));
        Assert.Equal("535 5.7.8 Authentication unsuccessful", await client.CommandAsync(Base64("Demo")));
    }

    [Fact]
    public async Task AResponseThatIsNotBase64OrACancelEndsTheExchangeWith501()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        await client.CommandAsync("AUTH LOGIN");
        Assert.Equal("501 5.5.2 Cannot Base64-decode Client responses", await client.CommandAsync("chris@contoso.com"));
        await client.CommandAsync("AUTH LOGIN");
        Assert.Equal("501 5.0.0 Authentication cancelled", await client.CommandAsync("*"));
        Assert.Equal("250 2.0.0 OK", await client.CommandAsync("NOOP"));
    }

    [Fact]
    public async Task AnUnknownMechanismIsRefused()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("504 5.7.4 Unrecognized authentication type", await client.CommandAsync("AUTH NTLM"));
    }

    [Fact]
    public async Task WhenAuthIsRequiredMailFromIsAcceptedOnceAuthenticated()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions(RequireAuth: true));
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("530 5.7.1 Client was not authenticated", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
        Assert.Equal("235 2.7.0 Authentication successful", await client.CommandAsync("AUTH PLAIN " + DemoServerInfo.AuthPlainResponse()));
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
    }

    [Fact]
    public async Task AuthInTheMiddleOfAMailTransactionIsRefused()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("MAIL FROM:chris@contoso.com");

        Assert.Equal("503 5.5.2 Mail transaction in progress", await client.CommandAsync("AUTH LOGIN"));
    }

    [Fact]
    public async Task AnAuthenticatedClientMayRelayAndItsMessageIsKeptLocallyAsEsmtpa()
    {
        await using var harness = await DemoHarness.StartAsync();
        await using var client = await harness.ConnectAndGreetAsync();
        await client.CommandAsync("AUTH PLAIN " + DemoServerInfo.AuthPlainResponse());
        await client.CommandAsync("MAIL FROM:chris@contoso.com");

        Assert.Equal("250 2.1.5 Recipient OK", await client.CommandAsync("RCPT TO:someone@example.org"));
        await client.CommandAsync("DATA");
        Assert.StartsWith("250 2.6.0 ", await client.CommandAsync("Subject: relayed\r\n\r\nhi\r\n."));
        Assert.Contains(" with ESMTPA id ", await File.ReadAllTextAsync(Assert.Single(harness.Mailbox.Files("*.eml"))));
    }

    [Fact]
    public async Task OtherCredentialsCanBeConfigured()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions(UserName: "admin@fabrikam.com", Password: "s3cret"));
        await using var client = await harness.ConnectAndGreetAsync();

        Assert.Equal("535 5.7.8 Authentication unsuccessful", await client.CommandAsync("AUTH PLAIN " + DemoServerInfo.AuthPlainResponse()));
        Assert.Equal("235 2.7.0 Authentication successful", await client.CommandAsync("AUTH PLAIN " + DemoServerInfo.AuthPlainResponse("admin@fabrikam.com", "s3cret")));
    }
}
