using System.Security.Cryptography.X509Certificates;
using System.Text;
using TelnetLite.Core.Auth;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Peers;

/// <summary>The <c>auth</c> helper of the Core controller (what the TUI and plain mode call) against aiosmtpd after
/// STARTTLS: it picks the strongest mechanism aiosmtpd advertises, reads the password from --password-file, and the
/// session log keeps no form of the password, right or wrong.</summary>
public sealed class AiosmtpdSessionAuthTests : IDisposable
{
    private const string User = "chris@contoso.com";
    private const string Password = "Ctl-Pa55word-9wQ";
    private readonly TemporaryFolder _folder = new();
    private readonly X509Certificate2 _authority = TestCertificates.Authority();

    public void Dispose()
    {
        _authority.Dispose();
        _folder.Dispose();
    }

    private async Task<(AuthOutcome? Outcome, string Log)> AuthenticateAsync(AiosmtpdServer server, string password)
    {
        var passwordFile = _folder.File($"password-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(passwordFile, password + "\n");
        var log = _folder.File($"session-{Guid.NewGuid():N}.log");
        var options = new SessionControllerOptions
        {
            TrustedRoots = [X509CertificateLoader.LoadCertificate(_authority.RawData)],
            TrustedRootsSource = "lab-ca.pem",
            PasswordFile = passwordFile,
        };
        AuthOutcome? outcome;
        var controller = new SessionController(new SessionSettings(), options, new SmtpAssistant(25, SmtpAnnotator.Annotate));
        await using (controller)
        {
            controller.OpenLog(log);
            Assert.True(await controller.OpenAsync("127.0.0.1", server.Port, tls: false, CancellationToken.None));
            var pace = new PaceOptions(ReplyTimeout: TimeSpan.FromSeconds(30), GreetingQuiet: TimeSpan.FromSeconds(2));
            foreach (var line in new[] { "EHLO contoso.com", "STARTTLS", "EHLO contoso.com" })
                Assert.Equal(PacedOutcomeKind.Sent, (await controller.Pacer.SendAsync(new PacedLine(line), pace)).Kind);
            Assert.True(await controller.Pacer.WaitForRepliesAsync(TimeSpan.FromSeconds(30), CancellationToken.None));
            await controller.DrainAsync();
            Assert.NotNull(controller.Status.Tls);

            outcome = await controller.AuthenticateAsync(null, User, CancellationToken.None);
            await controller.CloseAsync();
        }
        return (outcome, await File.ReadAllTextAsync(log));
    }

    private static void AssertNoFormOf(string password, string log)
    {
        string[] forms =
        [
            password,
            Convert.ToBase64String(Encoding.UTF8.GetBytes(password)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{User}\0{password}")),
        ];
        foreach (var form in forms) Assert.False(log.Contains(form, StringComparison.Ordinal), $"the log holds '{form}':\n{log}");
        Assert.Contains("******** (redacted)", log);
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task AuthAloneChoosesAnAdvertisedMechanismAndSucceedsWithThePasswordFile()
    {
        using var certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority);
        await using var server = await AiosmtpdServer.StartAsync(certificate, User, Password);

        var (outcome, log) = await AuthenticateAsync(server, Password);

        Assert.NotNull(outcome);
        Assert.True(outcome.Succeeded, outcome.Summary);
        Assert.Equal(235, outcome.Code);
        Assert.Contains(outcome.Mechanism, new[] { SaslMechanism.Plain, SaslMechanism.Login });
        Assert.Contains(" == auth: ", log);
        Assert.Contains(" <~ 235 ", log);
        AssertNoFormOf(Password, log);
    }

    [PeerFact(Peer.Aiosmtpd)]
    public async Task AWrongPasswordEndsIn535AndLeavesNoFormOfItInTheLog()
    {
        using var certificate = TestCertificates.Server(AiosmtpdServer.HostName, _authority);
        await using var server = await AiosmtpdServer.StartAsync(certificate, User, Password);

        var (outcome, log) = await AuthenticateAsync(server, "Wr0ng-Ctl-Pa55");

        Assert.NotNull(outcome);
        Assert.False(outcome.Succeeded);
        Assert.Equal(535, outcome.Code);
        AssertNoFormOf("Wr0ng-Ctl-Pa55", log);
    }
}
