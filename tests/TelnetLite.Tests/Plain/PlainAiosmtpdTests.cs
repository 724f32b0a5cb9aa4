using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Plain;

/// <summary>Plain mode against aiosmtpd, an SMTP server nobody here wrote, that requires STARTTLS and offers AUTH LOGIN
/// and PLAIN only over TLS, with a certificate from a lab CA the test made (given with --cafile).</summary>
public sealed class PlainAiosmtpdTests : IDisposable
{
    private const string User = "chris@contoso.com";
    private const string Password = "Aio-Pa55word-7qX";
    private readonly TemporaryFolder _folder = new();
    private readonly X509Certificate2 _authority = TestCertificates.Authority();

    public void Dispose()
    {
        _authority.Dispose();
        _folder.Dispose();
    }

    private string CaFile()
    {
        var path = _folder.File("lab-ca.pem");
        File.WriteAllText(path, TestCertificates.CertificatePem(_authority));
        return path;
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task StartTlsAuthLoginAndAMessageGoThroughVerifiedByTheCafileAndNoPasswordFormIsLeft()
    {
        using var certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority);
        await using var server = await AiosmtpdServer.StartAsync(certificate, User, Password);
        using var run = PlainRun.StartWith(new Dictionary<string, string> { ["TELNETLITE_PASSWORD"] = Password },
            "--annotate", "--cafile", CaFile(), "127.0.0.1", server.Port.ToString(CultureInfo.InvariantCulture));

        var exit = await run.RunAsync("EHLO contoso.com", "STARTTLS", "EHLO contoso.com", $"\u001dauth login {User}",
            "MAIL FROM:<chris@contoso.com>", "RCPT TO:<kate@fabrikam.test>", "DATA", "Subject: Test from Contoso", "", "This is a test message", ".", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        Assert.Contains("issued by a certificate authority from --cafile", run.App.Stderr);
        Assert.DoesNotContain("NOT verified", run.App.Stderr);
        run.AssertShown("250-AUTH LOGIN PLAIN");
        run.AssertShown("235 2.7.0 Authentication successful");
        run.AssertShown("250 2.0.0 OK: queued");
        Assert.Contains($"auth: authenticated as {User} with LOGIN", run.App.Stderr);
        Assert.Contains("This is a test message", Assert.Single(server.Messages));
        // aiosmtpd's LOGIN prompts end in a NUL byte: shown decoded, never raw.
        run.AssertNothingRawReachedTheTerminal();
        Assert.Contains(" <~ 334 VXNlciBOYW1lAA==", run.Log);
        Assert.Contains(" ~> ******** (redacted)", run.Log);
        var secrets = new SecretForms(User, Password);
        secrets.AssertAbsentFrom(run.Log, "the session log");
        secrets.AssertAbsentFrom(run.App.Stdout, "standard output");
        secrets.AssertAbsentFrom(run.App.Stderr, "standard error");
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task AuthPlainWithAWrongPasswordIsRefusedWith535AndTheRightOneAfterItSucceeds()
    {
        using var certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority);
        await using var server = await AiosmtpdServer.StartAsync(certificate, User, Password);
        var wrongFile = _folder.File("wrong.txt");
        await File.WriteAllTextAsync(wrongFile, "not-the-Pa55word\n");
        using var wrong = PlainRun.StartWith(null, "--password-file", wrongFile, "--cafile", CaFile(), "127.0.0.1", server.Port.ToString(CultureInfo.InvariantCulture));
        using var right = PlainRun.StartWith(new Dictionary<string, string> { ["TELNETLITE_PASSWORD"] = Password },
            "--cafile", CaFile(), "127.0.0.1", server.Port.ToString(CultureInfo.InvariantCulture));

        string[] lines = ["EHLO contoso.com", "STARTTLS", "EHLO contoso.com", $"\u001dauth plain {User}", "MAIL FROM:<chris@contoso.com>", "QUIT"];
        var exits = await Task.WhenAll(wrong.RunAsync(lines), right.RunAsync(lines));

        Assert.True(exits.All(exit => exit == 0), $"exits {string.Join(", ", exits)}\n{wrong.Transcript}\n{right.Transcript}");
        wrong.AssertShown("535 5.7.8");
        Assert.Contains($"auth: PLAIN authentication for {User} refused (535)", wrong.App.Stderr);
        right.AssertShown("235 ");
        right.AssertShown("250 OK");
        new SecretForms(User, "not-the-Pa55word").AssertAbsentFrom(wrong.Log + wrong.App.Stdout + wrong.App.Stderr, "the wrong run's log and output");
        new SecretForms(User, Password).AssertAbsentFrom(right.Log + right.App.Stdout + right.App.Stderr, "the right run's log and output");
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task ImplicitTlsGreetsOverTlsVerifiedByTheCafileAndAuthLoginSucceeds()
    {
        using var certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority);
        await using var server = await AiosmtpdServer.StartImplicitTlsAsync(certificate, User, Password);
        using var run = PlainRun.StartWith(new Dictionary<string, string> { ["TELNETLITE_PASSWORD"] = Password },
            "--tls", "--cafile", CaFile(), "127.0.0.1", server.Port.ToString(CultureInfo.InvariantCulture));

        var exit = await run.RunAsync("EHLO contoso.com", $"\u001dauth login {User}", "MAIL FROM:<chris@contoso.com>", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        Assert.Contains("issued by a certificate authority from --cafile", run.App.Stderr);
        Assert.Contains(" <~ 220 mail1.fabrikam.test", run.Log);
        Assert.DoesNotContain(" <- ", run.Log);
        Assert.DoesNotContain(" -> ", run.Log);
        run.AssertShown("235 2.7.0 Authentication successful");
        Assert.Contains($"auth: authenticated as {User} with LOGIN", run.App.Stderr);
        new SecretForms(User, Password).AssertAbsentFrom(run.Log + run.App.Stdout + run.App.Stderr, "the log and output");
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task TlsOnAPortThatGreetsInPlainTextExits29AndSaysToUseStartTls()
    {
        using var certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority);
        await using var server = await AiosmtpdServer.StartAsync(certificate, User, Password);
        using var run = PlainRun.StartWith(null, "--tls", "--cafile", CaFile(), "127.0.0.1", server.Port.ToString(CultureInfo.InvariantCulture));

        var exit = await run.RunAsync("EHLO contoso.com", "QUIT");

        Assert.True(exit == 29, $"exit {exit}, not 29\n{run.Transcript}");
        Assert.Contains("answered in plain text instead of a TLS handshake: \"220 mail1.fabrikam.test", run.App.Stderr);
        Assert.Contains("connect without --tls, type EHLO, then STARTTLS", run.App.Stderr);
        Assert.DoesNotContain("   at ", run.App.Stderr);
    }
}
