using System.Text;
using System.Text.Json;
using TelnetLite.Core.Demo;
using TelnetLite.Tests.Support;

using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Tests.Scripts;

/// <summary><c>telnetlite run</c> with STARTTLS, implicit TLS and AUTH, as a real process against a real demo server.</summary>
public sealed class RunCommandTlsAuthTests
{
    private const string User = "chris@contoso.com";
    private const string Password = "Kq7-vault-Zebra!";

    private static readonly Dictionary<string, string> NoPasswordInEnvironment = new() { ["TELNETLITE_PASSWORD"] = "" };

    [Theory]
    [InlineData("PLAIN", "file")]
    [InlineData("LOGIN", "file")]
    [InlineData("LOGIN", "environment")]
    [InlineData("CRAM-MD5", "environment")]
    public async Task AfterARunWithAPasswordNeitherItNorItsBase64FormsAreInTheOutputTheLogOrTheReport(string mechanism, string source)
    {
        using var folder = new TemporaryFolder();
        await using var demo = new DemoSmtpServer(new DemoServerOptions(RequireAuth: true, MailboxDirectory: folder.File("mail"), Password: Password));
        await demo.StartAsync();
        var script = folder.File("auth.smtp");
        var report = folder.File("report.json");
        var log = folder.File("session.log");
        await File.WriteAllTextAsync(script, $"EHLO contoso.com\nSTARTTLS\nEHLO contoso.com\n!auth {mechanism} {User}\n!expect 235\nMAIL FROM:<{User}>\n!expect 250\nQUIT\n");
        var passwordFile = folder.File("password");
        await File.WriteAllTextAsync(passwordFile, Password + "\n");
        string[] passwordArguments = source == "file" ? ["--password-file", passwordFile] : [];
        var environment = new Dictionary<string, string> { ["TELNETLITE_PASSWORD"] = source == "file" ? "" : Password };

        // The demo's certificate is self-signed and, outside --demo, not known: --insecure goes on with it.
        using var process = TelnetLiteProcess.Start(folder.Path, environment,
            ["run", script, "127.0.0.1", demo.EndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--insecure",
             "--json", report, "-f", log, .. passwordArguments]);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.True(exit == 0, $"exit {exit}\n{process.Stdout}\n{process.Stderr}");
        var everything = new Dictionary<string, string>
        {
            ["standard output"] = process.Stdout,
            ["standard error"] = process.Stderr,
            ["log"] = await File.ReadAllTextAsync(log),
            ["report"] = await File.ReadAllTextAsync(report),
        };
        Assert.Contains("(redacted)", everything["log"]);
        foreach (var (where, text) in everything)
        {
            foreach (var secret in SecretForms())
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} holds '{secret}'");
        }

        using var json = JsonDocument.Parse(everything["report"]);
        var auth = json.RootElement.GetProperty("auth");
        Assert.Equal(mechanism, auth.GetProperty("mechanism").GetString());
        Assert.Equal("succeeded", auth.GetProperty("result").GetString());
        var tls = json.RootElement.GetProperty("tls");
        Assert.StartsWith("TLS 1.", tls.GetProperty("protocol").GetString());
        Assert.False(string.IsNullOrEmpty(tls.GetProperty("cipher").GetString()));
        Assert.Equal("CN=mail1.fabrikam.com", tls.GetProperty("certificateSubject").GetString());
        Assert.False(tls.GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task AScriptThatAuthenticatesWithNoPasswordAnywhereExitsOneBeforeConnecting()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("auth.smtp");
        var report = folder.File("report.json");
        await File.WriteAllTextAsync(script, "EHLO contoso.com\nSTARTTLS\nEHLO contoso.com\n!auth LOGIN chris@contoso.com\nQUIT\n");

        using var process = TelnetLiteProcess.Start(folder.Path, NoPasswordInEnvironment,
            "run", "--demo", "--demo-require-auth", "--demo-mailbox", folder.File("mail"), "--json", report, script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.Equal("", process.Stdout);
        Assert.Contains($"{script}:4: !auth needs a password: no password for AUTH: give --password-file FILE or set TELNETLITE_PASSWORD", process.Stderr);
        Assert.DoesNotContain("Connecting", process.Stderr);
        Assert.DoesNotContain("Demo server on", process.Stderr);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("errors")[0].GetProperty("lineNumber").GetInt32());
    }

    [Fact]
    public async Task APasswordFileThatDoesNotExistExitsOneSayingSo()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("auth.smtp");
        await File.WriteAllTextAsync(script, "EHLO contoso.com\n!auth PLAIN chris@contoso.com\n");

        using var process = TelnetLiteProcess.Start(folder.Path, NoPasswordInEnvironment,
            "run", "--demo", "--demo-mailbox", folder.File("mail"), "--password-file", folder.File("missing"), script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.Contains("the file does not exist", process.Stderr);
        Assert.DoesNotContain("Connecting", process.Stderr);
    }

    [Fact]
    public async Task AWrongPasswordExitsTwentyEight()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("auth.smtp");
        await File.WriteAllTextAsync(script, "EHLO contoso.com\nSTARTTLS\nEHLO contoso.com\n!auth LOGIN chris@contoso.com\nMAIL FROM:<chris@contoso.com>\nQUIT\n");

        using var process = TelnetLiteProcess.Start(folder.Path, new Dictionary<string, string> { ["TELNETLITE_PASSWORD"] = "wrong" },
            "run", "--demo", "--demo-require-auth", "--demo-mailbox", folder.File("mail"), script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.True(exit == 28, $"exit {exit}\n{process.Stdout}\n{process.Stderr}");
        Assert.Contains("535 5.7.8", process.Stdout);
        Assert.Contains("# result: exit 28: AUTH failed", process.Stdout);
        Assert.DoesNotContain("\nMAIL FROM:<chris@contoso.com>\n", process.Stdout);
    }

    [Fact]
    public async Task ACertificateNobodyVouchesForExitsTwentyNine()
    {
        using var folder = new TemporaryFolder();
        await using var demo = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mail")));
        await demo.StartAsync();
        var script = folder.File("tls.smtp");
        var report = folder.File("report.json");
        await File.WriteAllTextAsync(script, "EHLO contoso.com\nSTARTTLS\nEHLO contoso.com\nQUIT\n");

        using var process = TelnetLiteProcess.Start(folder.Path,
            "run", script, "127.0.0.1", demo.EndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", report);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.True(exit == 29, $"exit {exit}\n{process.Stdout}\n{process.Stderr}");
        Assert.Contains("# result: exit 29: ", process.Stdout);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.Equal("tls", json.RootElement.GetProperty("failedStage").GetString());
        Assert.False(json.RootElement.GetProperty("tls").GetProperty("verified").GetBoolean());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("tls").GetProperty("failure").GetString()));
    }

    [Fact]
    public async Task TheDemoWithTlsRunsOverItsImplicitTlsListenerWithItsCertificateKnown()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("implicit.smtp");
        var report = folder.File("report.json");
        await File.WriteAllTextAsync(script, "EHLO contoso.com\n!expect 250\nQUIT\n!expect 221\n");

        using var process = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--tls", "--demo-mailbox", folder.File("mail"), "--json", report, script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.True(exit == 0, $"exit {exit}\n{process.Stdout}\n{process.Stderr}");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.True(json.RootElement.GetProperty("tls").GetProperty("verified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("auth").ValueKind);
    }

    [Fact]
    public async Task ACaFileThatTrustsTheCertificateLetsTheHandshakeThroughVerified()
    {
        using var folder = new TemporaryFolder();
        await using var demo = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mail")) { ImplicitTls = true });
        await demo.StartAsync();
        var caFile = folder.File("lab-ca.pem");
        await File.WriteAllTextAsync(caFile, demo.Certificate.ExportCertificatePem());
        var script = folder.File("implicit.smtp");
        var report = folder.File("report.json");
        await File.WriteAllTextAsync(script, $"!open --tls 127.0.0.1 {demo.EndPoint.Port}\nEHLO contoso.com\nQUIT\n");

        using var process = TelnetLiteProcess.Start(folder.Path, "run", script, "--cafile", caFile, "--json", report);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.True(exit == 0, $"exit {exit}\n{process.Stdout}\n{process.Stderr}");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.True(json.RootElement.GetProperty("tls").GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task TlsAndNoTlsTogetherAreAUsageError()
    {
        using var folder = new TemporaryFolder();
        var script = folder.File("quit.smtp");
        await File.WriteAllTextAsync(script, "QUIT\n");

        using var process = TelnetLiteProcess.Start(folder.Path, "run", "--demo", "--tls", "--no-tls", script);
        process.Input.Close();
        var exit = await process.WaitForExitAsync();

        Assert.Equal(1, exit);
        Assert.Contains("--tls and --no-tls exclude each other", process.Stderr);
    }

    [PeerFact(Peer.Dnsmasq)]
    public async Task OpenMxWithTheDnsOptionReachesTheMailHostAndADomainWithoutOneExitsSix()
    {
        using var folder = new TemporaryFolder();
        await using var dns = await DnsmasqServer.StartAsync();
        await using var demo = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mail")));
        await demo.StartAsync();
        var reaches = folder.File("mx.smtp");
        await File.WriteAllTextAsync(reaches, $"!open mx:fabrikam.test {demo.EndPoint.Port}\n!expect 220\nQUIT\n!expect 221\n");
        var nowhere = folder.File("nullmx.smtp");
        await File.WriteAllTextAsync(nowhere, "!open mx:nullmx.test\nQUIT\n");

        using var found = TelnetLiteProcess.Start(folder.Path, "run", reaches, "--dns", $"127.0.0.1:{dns.EndPoint.Port}");
        found.Input.Close();
        var foundExit = await found.WaitForExitAsync();
        using var refused = TelnetLiteProcess.Start(folder.Path, "run", nowhere, "--dns", $"127.0.0.1:{dns.EndPoint.Port}");
        refused.Input.Close();
        var refusedExit = await refused.WaitForExitAsync();

        Assert.True(foundExit == 0, $"exit {foundExit}\n{found.Stdout}\n{found.Stderr}");
        Assert.Contains("mail1.fabrikam.test", found.Stderr);
        Assert.True(refusedExit == 6, $"exit {refusedExit}\n{refused.Stdout}\n{refused.Stderr}");
        Assert.Contains("# result: exit 6: mx:nullmx.test: ", refused.Stdout);
    }

    /// <summary>The password and what it becomes on the wire: LOGIN's base64 of it, PLAIN's of NUL user NUL password.</summary>
    private static IEnumerable<string> SecretForms() =>
    [
        Password,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{User}\0{Password}")),
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}\0{User}\0{Password}")),
    ];
}
