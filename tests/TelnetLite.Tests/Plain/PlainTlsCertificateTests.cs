using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Plain;

/// <summary>STARTTLS in plain mode against aiosmtpd serving certificates that are expired, for another name, or from an
/// unknown CA: each refused without flags (exit 29, with the reason), accepted with --insecure (marked NOT verified),
/// and the unknown CA accepted as verified once --cafile names it.</summary>
public sealed class PlainTlsCertificateTests : IDisposable
{
    private const string User = "chris@contoso.com";
    private const string Password = "Cert-Pa55word-4kZ";
    private static readonly string[] Lines = ["EHLO contoso.com", "STARTTLS", "EHLO contoso.com", "QUIT"];
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

    /// <summary>Runs the same conversation once per set of options, all at once, and returns the runs in that order.</summary>
    private static async Task<PlainRun[]> RunEachAsync(AiosmtpdServer server, string host, params string[][] optionSets)
    {
        var port = server.Port.ToString(CultureInfo.InvariantCulture);
        var runs = optionSets.Select(options => PlainRun.StartWith(null, ["-4", .. options, host, port])).ToArray();
        await Task.WhenAll(runs.Select(run => run.RunAsync(Lines)));
        return runs;
    }

    private static async Task<int> ExitOf(PlainRun run) => await run.App.WaitForExitAsync();

    private static async Task AssertRefusedAsync(PlainRun run, string reason)
    {
        var exit = await ExitOf(run);
        Assert.True(exit == 29, $"exit {exit}, not 29\n{run.Transcript}");
        Assert.Contains("is not valid, so the handshake was stopped", run.App.Stderr);
        Assert.Contains(reason, run.App.Stderr);
        Assert.Contains("--insecure", run.App.Stderr);
        Assert.DoesNotContain("   at ", run.App.Stderr);
        // Nothing went over a connection whose certificate was refused: the EHLO after the 220 waited, and never left.
        Assert.Contains(" == Nothing sent after the 220 went out: it waited for the TLS handshake.", run.Log);
        // Whether the pacer still counts the held EHLO as sent is a race; QUIT, after it, never went.
        Assert.True(run.App.Stderr.ReplaceLineEndings("\n").Contains("not sent because the connection ended:\n", StringComparison.Ordinal), run.Transcript);
        Assert.DoesNotContain(" <~ ", run.Log);
        Assert.DoesNotContain("250-AUTH", run.App.Stdout);
    }

    private static async Task AssertGoesOnUnverifiedAsync(PlainRun run, string reason)
    {
        var exit = await ExitOf(run);
        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        Assert.Contains("certificate NOT verified", run.App.Stderr);
        Assert.Contains("NOT verified, going on because verification is off: ", run.App.Stderr);
        Assert.Contains(reason, run.App.Stderr);
        Assert.Contains(run.Log.Split('\n'), line => line.Contains(" == ", StringComparison.Ordinal) && line.Contains("NOT verified", StringComparison.Ordinal));
        run.AssertShown("250-AUTH LOGIN PLAIN");
        run.AssertShown("221 ");
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task AnExpiredCertificateIsRefusedWithItsEndDateAndAcceptedUnverifiedWithInsecure()
    {
        var now = DateTimeOffset.UtcNow;
        using var certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority, now.AddDays(-30), now.AddDays(-2));
        await using var server = await AiosmtpdServer.StartAsync(certificate, User, Password);

        var runs = await RunEachAsync(server, "127.0.0.1", [], ["--cafile", CaFile()], ["--cafile", CaFile(), "--insecure"]);
        using var bare = runs[0];
        using var withCa = runs[1];
        using var insecure = runs[2];

        await AssertRefusedAsync(bare, "it expired on ");
        await AssertRefusedAsync(withCa, "it expired on ");
        Assert.Contains("renew the certificate", withCa.App.Stderr);
        // --cafile names the CA that issued it: expiry is the only reason left.
        Assert.DoesNotContain("does not know", withCa.App.Stderr);
        Assert.DoesNotContain("nor by the CA of --cafile", withCa.App.Stderr);
        await AssertGoesOnUnverifiedAsync(insecure, "it expired on ");
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task ACertificateForAnotherNameIsRefusedWithTheNamesItHasAndAcceptedUnverifiedWithInsecure()
    {
        using var certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority);
        await using var server = await AiosmtpdServer.StartAsync(certificate, User, Password);

        // Opened as localhost: the certificate names mail1.fabrikam.test and 127.0.0.1, not localhost.
        var runs = await RunEachAsync(server, "localhost", [], ["--cafile", CaFile()], ["--cafile", CaFile(), "--insecure"]);
        using var bare = runs[0];
        using var withCa = runs[1];
        using var insecure = runs[2];

        const string mismatch = "not for localhost, the name you opened";
        await AssertRefusedAsync(bare, mismatch);
        await AssertRefusedAsync(withCa, mismatch);
        await AssertGoesOnUnverifiedAsync(insecure, mismatch);
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task ACertificateFromAnUnknownCaIsRefusedAcceptedUnverifiedWithInsecureAndVerifiedWithCafile()
    {
        using var certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority);
        await using var server = await AiosmtpdServer.StartAsync(certificate, User, Password);

        var runs = await RunEachAsync(server, "127.0.0.1", [], ["--insecure"], ["--cafile", CaFile()]);
        using var bare = runs[0];
        using var insecure = runs[1];
        using var withCa = runs[2];

        await AssertRefusedAsync(bare, "--cafile FILE");
        await AssertGoesOnUnverifiedAsync(insecure, "NOT verified");
        var exit = await ExitOf(withCa);
        Assert.True(exit == 0, $"exit {exit}\n{withCa.Transcript}");
        Assert.Contains("issued by a certificate authority from --cafile", withCa.App.Stderr);
        Assert.DoesNotContain("NOT verified", withCa.App.Stderr);
        withCa.AssertShown("250-AUTH LOGIN PLAIN");
        Assert.Contains(" ~> EHLO contoso.com", withCa.Log);
        Assert.Contains(" <~ 250-AUTH LOGIN PLAIN", withCa.Log);
    }
}
