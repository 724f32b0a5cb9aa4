using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>STARTTLS typed in a whole session (the Core controller, as every front end drives it) against a private
/// Postfix whose certificate was made by the test: verified through --cafile's CA, refused without it.</summary>
[Collection(PostfixTlsCollection.Name)]
public sealed class PostfixSessionTlsTests(PostfixTlsFixture postfix)
{
    private SessionController NewController(bool trustTheLabCa, SessionSettings? settings = null) =>
        new(settings ?? new SessionSettings(),
            trustTheLabCa ? new SessionControllerOptions { TrustedRoots = [postfix.Authority], TrustedRootsSource = "lab-ca.pem" } : new SessionControllerOptions(),
            new SmtpAssistant(25, SmtpAnnotator.Annotate));

    private static async Task SendAllAsync(SessionController controller, params string[] lines)
    {
        var options = new PaceOptions(ReplyTimeout: TimeSpan.FromSeconds(30), GreetingQuiet: TimeSpan.FromSeconds(2));
        foreach (var line in lines)
        {
            var outcome = await controller.Pacer.SendAsync(new PacedLine(line), options);
            if (outcome.Kind != PacedOutcomeKind.Sent) return;
        }
        await controller.Pacer.WaitForRepliesAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        await controller.DrainAsync();
    }

    [PeerFact(Peer.Postfix)]
    public async Task StartTlsUpgradesTheSessionVerifiedByTheLabCaAndTheLogMarksWhatWentEncrypted()
    {
        using var folder = new TemporaryFolder();
        var controller = NewController(trustTheLabCa: true);
        await using (controller)
        {
            var events = new RecordingObserver();
            controller.Subscribe(events);
            controller.OpenLog(folder.File("session.log"));

            Assert.True(await controller.OpenAsync("127.0.0.1", postfix.Instance.Port, tls: false, CancellationToken.None));
            await SendAllAsync(controller, "EHLO contoso.com", "STARTTLS", "EHLO contoso.com");

            var started = await events.WaitForAsync<TlsStartedEvent>();
            Assert.True(started.Verified, string.Join("\n", started.Summary));
            Assert.Contains(started.Protocol, new[] { "TLS 1.2", "TLS 1.3" });
            Assert.Contains(started.Summary, line => line.StartsWith("certificate: CN=mail1.fabrikam.test; issuer: CN=TelnetLite Test Lab CA", StringComparison.Ordinal));
            Assert.Contains(started.Summary, line => line.Contains("issued by a certificate authority from --cafile lab-ca.pem", StringComparison.Ordinal));
            Assert.Equal(started.Protocol, controller.Status.Tls);
            Assert.Empty(events.Events.OfType<TlsFailedEvent>());
            Assert.DoesNotContain(events.Events.OfType<NoteEvent>(), note => note.Text.Contains("discarded", StringComparison.Ordinal));

            await SendAllAsync(controller, "QUIT");
            await controller.CloseAsync();
        }
        // Disposed: the log is closed and complete.
        var log = await File.ReadAllTextAsync(folder.File("session.log"));
        Assert.Contains(" <- 250-STARTTLS", log);
        Assert.Contains(" <- 220 2.0.0 Ready to start TLS", log);
        Assert.Contains(" ~> EHLO contoso.com", log);
        Assert.Contains(" <~ 250-mail1.fabrikam.test", log);
        Assert.DoesNotContain(" <~ 250-STARTTLS", log);
        Assert.Contains(" <~ 221 2.0.0", log);
    }

    [PeerFact(Peer.Postfix)]
    public async Task WithoutTheLabCaTheHandshakeIsStoppedAndTheSessionEndsAsATlsFailure()
    {
        await using var controller = NewController(trustTheLabCa: false);
        var events = new RecordingObserver();
        controller.Subscribe(events);

        Assert.True(await controller.OpenAsync("127.0.0.1", postfix.Instance.Port, tls: false, CancellationToken.None));
        await SendAllAsync(controller, "EHLO contoso.com", "STARTTLS", "EHLO contoso.com");

        var failed = await events.WaitForAsync<TlsFailedEvent>();
        await events.WaitForAsync<ClosedEvent>();
        await controller.DrainAsync();
        Assert.Equal("TLS failed: the certificate of 127.0.0.1 is not valid, so the handshake was stopped", failed.Summary);
        Assert.Contains(failed.Lines, line => line.Contains("--cafile FILE", StringComparison.Ordinal));
        Assert.True(controller.TlsFailed);
        Assert.Empty(events.Events.OfType<TlsStartedEvent>());
        Assert.Null(controller.Status.Tls);
    }

    [PeerFact(Peer.Postfix)]
    public async Task WithVerificationOffTheSessionGoesOnMarkedUnverified()
    {
        await using var controller = NewController(trustTheLabCa: false, new SessionSettings { TlsVerify = false });
        var events = new RecordingObserver();
        controller.Subscribe(events);

        Assert.True(await controller.OpenAsync("127.0.0.1", postfix.Instance.Port, tls: false, CancellationToken.None));
        await SendAllAsync(controller, "EHLO contoso.com", "STARTTLS", "EHLO contoso.com");

        var started = await events.WaitForAsync<TlsStartedEvent>();
        Assert.False(started.Verified);
        Assert.EndsWith(" unverified", controller.Status.Tls);
        await events.WaitForTextAsync("250-mail1.fabrikam.test");
        await SendAllAsync(controller, "QUIT");
    }
}
