using System.Globalization;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Plain;

/// <summary>Plain mode against the demo server: STARTTLS and implicit TLS with the demo's pinned certificate, and
/// AUTH PLAIN, LOGIN and CRAM-MD5 right and wrong, after which no password form is on screen or in the log.</summary>
public sealed class PlainDemoTlsAndAuthTests
{
    private const string User = "kate@fabrikam.com";
    private const string Password = "Xq7-c0rrect-H0rse-Pw";
    private const string WrongPassword = "Zr9-wr0ng-B4ttery-Pw";

    [Fact]
    public async Task StartTlsWithTheDemoIsVerifiedByItsPinAndEverythingAfterIsMarkedEncrypted()
    {
        using var run = PlainRun.StartWith(new Dictionary<string, string> { ["TELNETLITE_PASSWORD"] = DemoServerInfo.Password }, "--demo", "--annotate");

        var exit = await run.RunAsync("EHLO contoso.com", "STARTTLS", "EHLO contoso.com", $"\u001dauth login {DemoServerInfo.UserName}", "MAIL FROM:<chris@contoso.com>", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertShown("220 2.0.0 SMTP server ready");
        run.AssertShown("235 2.7.0 Authentication successful");
        Assert.Matches(@"TLS 1\.[23] started", run.App.Stderr);
        Assert.Contains("verified: the demo server's own certificate, known to this TelnetLite by its fingerprint", run.App.Stderr);
        Assert.DoesNotContain("NOT verified", run.App.Stderr);
        var log = run.Log;
        Assert.Contains(" -> STARTTLS", log);
        Assert.Contains(" <- 220 2.0.0 SMTP server ready", log);
        Assert.Contains(" <~ 250-AUTH LOGIN PLAIN CRAM-MD5", log);
        // Every line sent after the handshake went encrypted, the EHLO that answered the 220 too.
        Assert.Equal(2, log.Split('\n').Count(line => line.EndsWith(" -> EHLO contoso.com", StringComparison.Ordinal) || line.EndsWith(" ~> EHLO contoso.com", StringComparison.Ordinal)));
        Assert.Contains(" ~> EHLO contoso.com", log);
        Assert.Contains(" ~> AUTH LOGIN", log);
        Assert.Contains(" ~> ******** (redacted)", log);
        Assert.Contains(" ~> QUIT", log);
    }

    [Fact]
    public async Task ImplicitTlsWithTheDemoGreetsThroughTheHandshake()
    {
        using var run = PlainRun.StartWith(null, "--demo", "--tls");

        var exit = await run.RunAsync("EHLO contoso.com", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertShown("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready");
        Assert.Contains("verified: the demo server's own certificate", run.App.Stderr);
        var log = run.Log;
        Assert.Contains(" <~ 220 mail1.fabrikam.com", log);
        Assert.DoesNotContain(" <- 220 mail1.fabrikam.com", log);
        // Implicit TLS: the EHLO answer offers no STARTTLS, the connection is encrypted already.
        Assert.DoesNotContain("250-STARTTLS", run.App.Stdout);
        Assert.Contains(" ~> QUIT", log);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("login")]
    [InlineData("cram-md5")]
    public async Task TheRightPasswordAuthenticatesAndNoFormOfItIsShownOrLogged(string mechanism)
    {
        using var folder = new TemporaryFolder();
        await using var server = await StartDemoAsync(folder);
        // LOGIN reads the password from a file, the others from the environment: both ways in.
        var passwordFile = folder.File("password.txt");
        await File.WriteAllTextAsync(passwordFile, Password + "\n");
        using var run = mechanism == "login"
            ? PlainRun.StartWith(null, "--annotate", "--password-file", passwordFile, "127.0.0.1", Port(server))
            : PlainRun.StartWith(new Dictionary<string, string> { ["TELNETLITE_PASSWORD"] = Password }, "--annotate", "127.0.0.1", Port(server));

        var exit = await run.RunAsync("EHLO contoso.com", $"\u001dauth {mechanism} {User}", "MAIL FROM:<kate@fabrikam.com>", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertShown("235 2.7.0 Authentication successful");
        run.AssertShown("250 2.1.0 Sender OK");
        Assert.Contains($"auth: authenticated as {User} with {mechanism.ToUpperInvariant()}", run.App.Stderr);
        AssertNoSecretAnywhere(run, new SecretForms(User, Password));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("login")]
    [InlineData("cram-md5")]
    public async Task AWrongPasswordIsRefusedAndNoFormOfItIsShownOrLogged(string mechanism)
    {
        using var folder = new TemporaryFolder();
        await using var server = await StartDemoAsync(folder);
        using var run = PlainRun.StartWith(new Dictionary<string, string> { ["TELNETLITE_PASSWORD"] = WrongPassword }, "--annotate", "127.0.0.1", Port(server));

        var exit = await run.RunAsync("EHLO contoso.com", $"\u001dauth {mechanism} {User}", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertShown("535 5.7.8");
        Assert.Contains($"auth: {mechanism.ToUpperInvariant()} authentication for {User} refused (535)", run.App.Stderr);
        AssertNoSecretAnywhere(run, new SecretForms(User, WrongPassword));
    }

    [Fact]
    public async Task SetLogsecretsOnWritesTheCredentialToTheLogWithAWarningButNotToTheScreen()
    {
        using var folder = new TemporaryFolder();
        await using var server = await StartDemoAsync(folder);
        using var run = PlainRun.StartWith(new Dictionary<string, string> { ["TELNETLITE_PASSWORD"] = Password }, "127.0.0.1", Port(server));
        var secrets = new SecretForms(User, Password);

        var exit = await run.RunAsync("EHLO contoso.com", "\u001dset logsecrets on", $"\u001dauth plain {User}", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertShown("235 2.7.0 Authentication successful");
        Assert.Contains($" -> AUTH PLAIN {secrets.PlainResponse}", run.Log);
        Assert.Contains(run.Log.Split('\n'), line => line.Contains(" == ", StringComparison.Ordinal) && line.Contains("in clear", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("in clear", run.App.Stderr, StringComparison.OrdinalIgnoreCase);
        secrets.AssertAbsentFrom(run.App.Stdout, "standard output");
    }

    private static async Task<DemoSmtpServer> StartDemoAsync(TemporaryFolder folder)
    {
        var server = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mailbox"), UserName: User, Password: Password));
        await server.StartAsync();
        return server;
    }

    private static string Port(DemoSmtpServer server) => server.EndPoint.Port.ToString(CultureInfo.InvariantCulture);

    private static void AssertNoSecretAnywhere(PlainRun run, SecretForms secrets)
    {
        // The credential line went out and was logged, redacted (PLAIN: "AUTH PLAIN ********", the others: "-> ********").
        Assert.Contains("******** (redacted)", run.Log);
        secrets.AssertAbsentFrom(run.Log, "the session log");
        secrets.AssertAbsentFrom(run.App.Stdout, "standard output");
        secrets.AssertAbsentFrom(run.App.Stderr, "standard error");
        run.AssertNothingRawReachedTheTerminal();
    }
}
