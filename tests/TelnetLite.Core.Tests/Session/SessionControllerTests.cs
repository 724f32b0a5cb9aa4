using System.Collections.Concurrent;
using System.Net.Sockets;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Telnet;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Session;

public sealed class SessionControllerTests
{
    private static SessionController NewController(SessionSettings? settings = null) =>
        new(settings ?? new SessionSettings(), new SessionControllerOptions(), new SmtpAssistant(0, SmtpAnnotator.Annotate));

    private static ConcurrentQueue<TranscriptEntry> Record(SessionController controller)
    {
        var entries = new ConcurrentQueue<TranscriptEntry>();
        controller.TranscriptAppended += batch =>
        {
            foreach (var entry in batch) entries.Enqueue(entry);
        };
        return entries;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition(), what);
    }

    [Fact]
    public async Task AGreetingIsShownAndExplainedInOrder()
    {
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready\r\n"u8.ToArray(), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        await using var controller = NewController();
        var entries = Record(controller);

        Assert.True(await controller.OpenAsync("127.0.0.1", server.Port, CancellationToken.None));
        await WaitUntilAsync(() => entries.Any(e => e.Kind == TranscriptKind.Annotation), "the greeting is annotated");

        var list = entries.ToList();
        var received = list.FindIndex(e => e.Kind == TranscriptKind.Received);
        var annotation = list.FindIndex(e => e.Kind == TranscriptKind.Annotation);
        Assert.Equal("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready", list[received].Text);
        Assert.True(annotation > received);
        Assert.StartsWith("220 success:", list[annotation].Text);
        Assert.Equal(ConnectionState.Connected, controller.Status.State);
        Assert.StartsWith("SMTP", controller.Status.AssistSummary);
    }

    [Fact]
    public async Task ARefusedConnectionIsExplainedInTheTranscriptNotThrown()
    {
        int port;
        using (var probe = new TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }
        await using var controller = NewController();
        var entries = Record(controller);

        var outcome = await controller.ExecuteCommandAsync($"open 127.0.0.1 {port}", CancellationToken.None);

        Assert.Equal(CommandFollowUp.StayInCommandMode, outcome.FollowUp);
        // "Connecting to HOST..." once, then the failure with the system's own reason; a port that is not a mail
        // port gets no SMTP causes.
        Assert.Single(entries, e => e.Text.Contains("Connecting to 127.0.0.1...", StringComparison.Ordinal));
        var failure = Assert.Single(entries, e => e.Kind == TranscriptKind.Error);
        Assert.StartsWith($"Could not open connection to the host, on port {port}: Connect failed (", failure.Text);
        Assert.DoesNotContain(entries, e => e.Text.Contains("SMTP service", StringComparison.Ordinal));
        Assert.Equal(ConnectionState.NotConnected, controller.Status.State);
    }

    [Fact]
    public async Task WithSmtpAssistForcedOnARefusedConnectionGetsTheFiveCausesAndTheConnectStepFails()
    {
        int port;
        using (var probe = new TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }
        await using var controller = NewController();
        var entries = Record(controller);
        await controller.ExecuteCommandAsync("set smtp on", CancellationToken.None);

        await controller.ExecuteCommandAsync($"open 127.0.0.1 {port}", CancellationToken.None);

        Assert.Single(entries, e => e.Text.Contains("Connecting to 127.0.0.1...", StringComparison.Ordinal));
        var lines = entries.Where(e => e.Kind == TranscriptKind.Error).Select(e => e.Text).ToList();
        Assert.StartsWith($"Could not open connection to the host, on port {port}: Connect failed (", lines[0]);
        Assert.Contains(lines, l => l.Contains("the SMTP service is down or the port is wrong", StringComparison.Ordinal));
        Assert.Equal("SMTP: connect failed", controller.Status.AssistSummary);
        Assert.Equal(Assist.ChecklistStepState.Failed, controller.Snapshot.Checklist[0].State);
    }

    [Fact]
    public async Task ATelnetLoginsPasswordIsSentAsASecretWhileTheServerEchoesAndAsksForIt()
    {
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            // IAC WILL ECHO, then a login prompt without a line end, as inetutils telnetd does.
            await socket.SendAsync(new byte[] { 255, 251, 1 }, ct);
            await socket.SendAsync("login: "u8.ToArray(), ct);
            var buffer = new byte[256];
            var text = "";
            while (!text.Contains("chris\r\n", StringComparison.Ordinal)) text += System.Text.Encoding.ASCII.GetString(buffer, 0, await socket.ReceiveAsync(buffer, ct));
            await socket.SendAsync("chris\r\nPassword: "u8.ToArray(), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        await using var controller = NewController(new SessionSettings { Mode = TelnetMode.Telnet });
        var recorder = new RecordingObserver();
        controller.Subscribe(recorder);

        Assert.True(await controller.OpenAsync("127.0.0.1", server.Port, CancellationToken.None));
        await recorder.WaitForTextAsync("login: ");
        await recorder.WaitForAsync<RemoteEchoChangedEvent>();
        Assert.False(controller.IsSecret("chris"));
        await controller.SendLineAsync("chris", CancellationToken.None);
        await WaitUntilAsync(() => controller.IsSecret("anything"), "the password prompt made the next line secret");
        await controller.SendLineAsync("S3cret-pw!", CancellationToken.None);
        await controller.DrainAsync();

        Assert.Equal([false, true], recorder.Events.OfType<LineSentEvent>().Select(e => e.Secret));
        Assert.False(controller.IsSecret("ls"));
    }

    [Fact]
    public async Task CommandsChangeSettingsAndAnswerInTheTranscript()
    {
        await using var controller = NewController();
        var entries = Record(controller);

        await controller.ExecuteCommandAsync("unset localecho", CancellationToken.None);
        Assert.False(controller.Settings.LocalEcho);
        await controller.ExecuteCommandAsync("set smtp off", CancellationToken.None);
        Assert.Equal(Assist.AssistMode.Off, controller.Assistant.Mode);
        await controller.ExecuteCommandAsync("set mode raw", CancellationToken.None);
        Assert.Equal(TelnetMode.Raw, controller.Settings.Mode);
        var status = await controller.ExecuteCommandAsync("st", CancellationToken.None);
        Assert.Contains(status.Output, line => line.Contains("Not connected", StringComparison.Ordinal));
        var bad = await controller.ExecuteCommandAsync("frobnicate", CancellationToken.None);
        Assert.Equal([CommandInterpreter.InvalidCommandMessage], bad.Output);
        Assert.Equal(CommandFollowUp.AskForHost, (await controller.ExecuteCommandAsync("open", CancellationToken.None)).FollowUp);
        Assert.Equal(CommandFollowUp.Quit, (await controller.ExecuteCommandAsync("q", CancellationToken.None)).FollowUp);
        Assert.Contains(entries, e => e.Kind == TranscriptKind.Command && e.Text == SessionController.CommandPrompt + "frobnicate");
    }

    [Fact]
    public async Task SetLogfileStartsLoggingAtOnceAndAnUnwritablePathIsReported()
    {
        var folder = Path.Combine(Path.GetTempPath(), "telnetlite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var controller = NewController();
            var entries = Record(controller);
            var log = Path.Combine(folder, "test.log");

            await controller.ExecuteCommandAsync($"set logfile {log}", CancellationToken.None);
            Assert.Equal(log, controller.Status.LogFile);
            Assert.Contains("== log opened", await File.ReadAllTextAsync(log));

            await controller.ExecuteCommandAsync($"set logfile {Path.Combine(folder, "missing", "x.log")}", CancellationToken.None);
            Assert.Contains(entries, e => e.Kind == TranscriptKind.Error && e.Text.Contains("does not exist", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AServerThatNegotiatesEchoTurnsLocalEchoOffAndItsNegotiationNeverShows()
    {
        var answers = new TaskCompletionSource<byte[]>();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            // IAC WILL ECHO, then text: on a non-23 port in auto mode this switches Telnet processing on.
            await socket.SendAsync(new byte[] { 255, 251, 1 }.Concat("login: "u8.ToArray()).ToArray(), ct);
            var buffer = new byte[64];
            var read = await socket.ReceiveAsync(buffer, ct);
            answers.TrySetResult(buffer[..read]);
            await Task.Delay(Timeout.Infinite, ct);
        });
        await using var controller = NewController();
        var entries = Record(controller);

        Assert.True(await controller.OpenAsync("127.0.0.1", server.Port, CancellationToken.None));
        var answer = await answers.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilAsync(() => entries.Any(e => e.IsPartial), "the prompt is flushed on idle");

        Assert.Equal(new byte[] { 255, 253, 1 }, answer); // IAC DO ECHO
        Assert.False(controller.Settings.LocalEcho);
        Assert.Contains(entries, e => e.Kind == TranscriptKind.Received && e.Text == "login: " && e.IsPartial);
        Assert.DoesNotContain(entries, e => e.Text.Contains('\uFFFD') || e.Text.Contains("\\xFF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARemoteCloseIsReportedAtOnce()
    {
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 bye\r\n"u8.ToArray(), ct);
            socket.Shutdown(SocketShutdown.Both);
        });
        await using var controller = NewController();
        var entries = Record(controller);

        Assert.True(await controller.OpenAsync("127.0.0.1", server.Port, CancellationToken.None));
        await WaitUntilAsync(() => controller.Status.State == ConnectionState.Closed, "the close is noticed");

        Assert.Contains(entries, e => e.Text == "Connection closed by foreign host.");
    }

    [Fact]
    public async Task OpenWhileConnectedKeepsTheLiveSession()
    {
        await using var server = new LoopbackServer(async (socket, ct) => await Task.Delay(Timeout.Infinite, ct));
        await using var controller = NewController();
        Assert.True(await controller.OpenAsync("127.0.0.1", server.Port, CancellationToken.None));

        var outcome = await controller.ExecuteCommandAsync("open 127.0.0.1 1", CancellationToken.None);

        Assert.Contains(outcome.Output, line => line.StartsWith("Already connected to 127.0.0.1", StringComparison.Ordinal));
        Assert.Equal(ConnectionState.Connected, controller.Status.State);
        Assert.Equal(server.Port, controller.Status.Port);
    }

    [Fact]
    public async Task CloseWhileConnectingCancelsTheAttempt()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((System.Net.IPEndPoint)listener.LocalEndPoint!).Port;
        var fillers = new List<Socket>();
        try
        {
            // A full accept queue makes the next connect hang, as a filtering firewall does.
            for (var i = 0; i < 8; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
                try { filler.Connect(listener.LocalEndPoint!); } catch (SocketException) { }
                fillers.Add(filler);
            }
            await using var controller = NewController(new SessionSettings { ConnectTimeout = TimeSpan.FromSeconds(60) });
            var entries = Record(controller);

            var open = controller.ExecuteCommandAsync($"open 127.0.0.1 {port}", CancellationToken.None);
            await WaitUntilAsync(() => controller.Status.State == ConnectionState.Connecting, "connecting");
            await controller.ExecuteCommandAsync("close", CancellationToken.None);
            var outcome = await open.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(CommandFollowUp.StayInCommandMode, outcome.FollowUp);
            Assert.Equal(ConnectionState.NotConnected, controller.Status.State);
            Assert.Contains(entries, e => e.Text == "Connecting to 127.0.0.1 cancelled.");
        }
        finally
        {
            foreach (var filler in fillers) filler.Dispose();
        }
    }

    [Fact]
    public async Task TelnetCommandsAreNotSentOnARawSession()
    {
        var received = new TaskCompletionSource<int>();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 mail ESMTP\r\n"u8.ToArray(), ct);
            var buffer = new byte[64];
            received.TrySetResult(await socket.ReceiveAsync(buffer, ct));
        });
        await using var controller = NewController();
        Assert.True(await controller.OpenAsync("127.0.0.1", server.Port, CancellationToken.None));

        var outcome = await controller.ExecuteCommandAsync("send ayt", CancellationToken.None);
        await controller.SendLineAsync("NOOP", CancellationToken.None);

        Assert.StartsWith("Not sent: Telnet processing is off", Assert.Single(outcome.Output));
        Assert.Equal(6, await received.Task.WaitAsync(TimeSpan.FromSeconds(10))); // "NOOP\r\n" alone, no IAC AYT before it
    }
    [Fact]
    public async Task ALineQueuedBeforeTheGreetingGoesOutAfterTheGreetingAndItsExplanationEverywhere()
    {
        // A piped EHLO waits in the pacer before the server has said anything. When the greeting comes, the log and the
        // transcript must show it, and its explanation, before the EHLO that answers it.
        var greet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await greet.Task.WaitAsync(ct);
            await socket.SendAsync("220 mail1.fabrikam.com ESMTP\r\n"u8.ToArray(), ct);
            var buffer = new byte[256];
            await socket.ReceiveAsync(buffer, ct);
            await socket.SendAsync("250 mail1.fabrikam.com\r\n"u8.ToArray(), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        await using var controller = NewController();
        var entries = Record(controller);
        Assert.True(await controller.OpenAsync("127.0.0.1", server.Port, CancellationToken.None));

        var sending = controller.Pacer.SendAsync(PacedLine.FromBytes("EHLO contoso.com"u8.ToArray()),
            new PaceOptions(ReplyTimeout: TimeSpan.FromSeconds(30), GreetingQuiet: TimeSpan.FromSeconds(2)));
        await Task.Delay(200);
        greet.SetResult();
        Assert.Equal(PacedOutcomeKind.Sent, (await sending.WaitAsync(TimeSpan.FromSeconds(30))).Kind);
        await controller.DrainAsync();

        var order = entries.Select(e => (e.Kind, e.Text)).ToList();
        var greeting = order.FindIndex(e => e.Kind == TranscriptKind.Received && e.Text.StartsWith("220 ", StringComparison.Ordinal));
        var explained = order.FindIndex(e => e.Kind == TranscriptKind.Annotation && e.Text.StartsWith("220 ", StringComparison.Ordinal));
        var ehlo = order.FindIndex(e => e.Kind == TranscriptKind.Sent && e.Text == "EHLO contoso.com");
        Assert.True(greeting >= 0 && explained > greeting && ehlo > explained, string.Join("\n", order));
    }
}
