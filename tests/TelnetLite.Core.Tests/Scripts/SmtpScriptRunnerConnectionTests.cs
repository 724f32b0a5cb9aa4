using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using TelnetLite.Core.Scripts;
using TelnetLite.Core.Tests.Demo;
using TelnetLite.Core.Tests.Scripts.Support;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Scripts;

public sealed class SmtpScriptRunnerConnectionTests
{
    [Fact]
    public async Task ABadScriptExitsOneWithEveryErrorByLineAndConnectsNowhere()
    {
        var accepted = new ConcurrentQueue<int>();
        await using var server = new LoopbackServer(async (socket, cancellationToken) =>
        {
            accepted.Enqueue(((IPEndPoint)socket.RemoteEndPoint!).Port);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        });

        var result = await ScriptRunHarness.RunAsync("EHLO contoso.com\n!expect 99\nMAIL FROM:<chris@contoso.com>\n!frobnicate\n", "127.0.0.1", server.Port);

        Assert.Equal((int)ExitCode.BadInput, result.ExitCode);
        Assert.Equal([2, 4], result.Report.Errors.Select(e => e.LineNumber));
        Assert.Empty(result.Report.Steps);
        // Had the run connected, the server would accept that connection before this probe (the backlog is in order).
        using var probe = new TcpClient();
        await probe.ConnectAsync(IPAddress.Loopback, server.Port);
        var probePort = ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
        while (accepted.IsEmpty) await Task.Delay(20);
        Assert.Equal([probePort], accepted.ToArray());
    }

    [Fact]
    public void AScriptWithNoServerToTalkToIsAnErrorOnItsFirstLineToSend()
    {
        var script = SmtpScriptParser.Parse("# no !open here\n!sleep 0\nEHLO contoso.com\n!open 127.0.0.1 25\n");

        var errors = SmtpScriptRunner.Check(script, new SmtpScriptRunOptions());

        var error = Assert.Single(errors);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("!open", error.Reason);
        Assert.Empty(SmtpScriptRunner.Check(script, new SmtpScriptRunOptions("127.0.0.1")));
        Assert.Empty(SmtpScriptRunner.Check(SmtpScriptParser.Parse("!open 127.0.0.1 2525\nEHLO contoso.com\n"), new SmtpScriptRunOptions()));
    }

    [Fact]
    public async Task TheScriptsOpenLineIsUsedWhenNoHostIsGiven()
    {
        await using var demo = await DemoHarness.StartAsync();

        var result = await ScriptRunHarness.RunAsync($"!open 127.0.0.1 {demo.Server.EndPoint.Port}\n!expect 220\nQUIT\n!expect 221\n", null, 25);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("127.0.0.1", result.Report.Host);
        Assert.Equal(demo.Server.EndPoint.Port, result.Report.Port);
        Assert.Equal(1, result.Report.Steps[0].ScriptLine);
    }

    [Fact]
    public async Task AHostGivenToTheRunnerReplacesTheScriptsOpenLine()
    {
        await using var elsewhere = SilentSmtpPeer.NeverGreets();
        await using var demo = await DemoHarness.StartAsync();

        var result = await ScriptRunHarness.RunAsync($"!open 127.0.0.1 {elsewhere.Port}\nQUIT\n!expect 221\n", "127.0.0.1", demo.Server.EndPoint.Port);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(demo.Server.EndPoint.Port, result.Report.Port);
    }

    [Fact]
    public async Task ARefusedConnectionExitsTwo()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await ScriptRunHarness.RunAsync("EHLO contoso.com\n", "127.0.0.1", port);

        Assert.Equal((int)ExitCode.ConnectFailed, result.ExitCode);
        Assert.Null(result.Report.FailedStage);
    }

    [Fact]
    public async Task ARefusedConnectionPutsTheClassicLineAndItsDiagnosisInTheReport()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await ScriptRunHarness.RunAsync("EHLO contoso.com\n", "127.0.0.1", port);

        Assert.Equal((int)ExitCode.ConnectFailed, result.ExitCode);
        Assert.Equal($"could not connect to 127.0.0.1 port {port}: no service is listening on that port: the SMTP service is down or the port is wrong", result.Report.Summary);
        var connect = Assert.Single(result.Report.Steps);
        Assert.Null(connect.Line);
        Assert.Equal($"Connecting to 127.0.0.1...Could not open connection to the host, on port {port}: Connect failed", connect.Annotation[0]);
        Assert.StartsWith("connect failed: no service is listening", connect.Annotation[1]);
        Assert.Contains("cause: the target SMTP service is not available", connect.Annotation);
        Assert.StartsWith("next: ", connect.Annotation[^1]);
        Assert.Contains("Connect failed", result.Report.ToJson());
    }

    [Fact]
    public async Task AServerThatNeverGreetsEndsTheRunWithExitCodeFour()
    {
        await using var server = SilentSmtpPeer.NeverGreets();

        var result = await ScriptRunHarness.RunAsync("EHLO contoso.com\n", "127.0.0.1", server.Port, TimeSpan.FromMilliseconds(500));

        Assert.Equal((int)ExitCode.ReplyTimeout, result.ExitCode);
        Assert.DoesNotContain(result.Report.Steps, s => s.Line == "EHLO contoso.com");
    }

    [Fact]
    public async Task ACommandThatIsNeverAnsweredEndsTheRunWithExitCodeFour()
    {
        await using var server = SilentSmtpPeer.GreetsThenNeverAnswers();

        var result = await ScriptRunHarness.RunAsync("EHLO contoso.com\nQUIT\n", "127.0.0.1", server.Port, TimeSpan.FromMilliseconds(500));

        Assert.Equal((int)ExitCode.ReplyTimeout, result.ExitCode);
        var ehlo = Assert.Single(result.Report.Steps, s => s.Line == "EHLO contoso.com");
        Assert.Null(ehlo.Reply);
        Assert.DoesNotContain(result.Report.Steps, s => s.Line == "QUIT");
    }

    [Fact]
    public async Task AServerThatHangsUpWithoutAnsweringEndsTheRunWithExitCodeThree()
    {
        await using var server = SilentSmtpPeer.GreetsThenHangsUp();

        var result = await ScriptRunHarness.RunAsync("EHLO contoso.com\nQUIT\n", "127.0.0.1", server.Port);

        Assert.Equal((int)ExitCode.ConnectionLost, result.ExitCode);
    }

    [Fact]
    public async Task LinesGoLockStepEachAfterTheReplyToThePrevious()
    {
        await using var peer = new LockStepPeer();

        var result = await ScriptRunHarness.RunAsync("EHLO a.test\nMAIL FROM:<a@a.test>\nRCPT TO:<b@b.test>\nRCPT TO:<c@b.test>\nDATA\nSubject: x\n\nbody\n.\nQUIT\n", "127.0.0.1", peer.Port);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(7, peer.Commands);
        Assert.Equal(0, peer.LinesSentAhead);
    }

    [Fact]
    public async Task TheSetLogfileDirectiveRecordsTheSessionInThatFile()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path);
        var log = Path.Combine(folder.Path, "session.log");
        await using var demo = await DemoHarness.StartAsync();

        var result = await ScriptRunHarness.RunAsync($"!set logfile {log}\n!sleep 0.05\nEHLO contoso.com\nQUIT\n", "127.0.0.1", demo.Server.EndPoint.Port);

        Assert.Equal(0, result.ExitCode);
        var text = await File.ReadAllTextAsync(log);
        Assert.Contains("EHLO contoso.com", text);
        Assert.Contains("221 2.0.0 Service closing transmission channel", text);
    }
}
