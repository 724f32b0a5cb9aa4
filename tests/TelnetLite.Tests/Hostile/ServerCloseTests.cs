using System.Globalization;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// Issue 13, item 3 (cured by the pipeline of issue 8): when the server closes, plain mode exits as telnet does,
/// with "Connection closed by foreign host." and exit 0, also while standard input is a terminal or an open pipe
/// with nothing to read (<c>tail -f cmds | telnetlite --plain host port</c> used to wait forever).
/// </summary>
public sealed class ServerCloseTests
{
    [Fact]
    public async Task WithStandardInputAnOpenIdlePipePlainModeExitsWhenTheServerCloses()
    {
        await using var peer = GreetsThenCloses();
        using var run = PlainRun.Start(peer);

        // Standard input stays open and says nothing.
        var exit = await run.App.WaitForExitAsync(30_000);

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        Assert.Contains("220 closing.example ESMTP", run.App.Stdout);
        Assert.Contains("Connection closed by foreign host.", run.App.Stderr);
        Assert.DoesNotContain("was not sent", run.App.Stderr);
    }

    [TmuxFact]
    public async Task WithStandardInputATerminalPlainModeExitsWhenTheServerCloses()
    {
        await using var peer = GreetsThenCloses();
        using var folder = new TelnetLite.Core.Tests.Support.TemporaryFolder();
        using var tmux = TmuxSession.Start(
            $"dotnet '{TelnetLiteProcess.AppPath}' --plain 127.0.0.1 {peer.Port.ToString(CultureInfo.InvariantCulture)}", 100, 20, folder.Path,
            new Dictionary<string, string> { ["HOME"] = folder.Path, ["DOTNET_NOLOGO"] = "1" });

        // What the user sees at the terminal, without pressing any key: telnet's last line, then the shell again.
        var screen = tmux.WaitFor("[exited 0]", 30_000);

        Assert.Contains("Connection closed by foreign host.", screen);
        Assert.DoesNotContain("Not connected", screen);
    }

    [Fact]
    public async Task WithStandardInputAnOpenIdlePipeAResetExitsWith3()
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 reset.example ESMTP\r\n", ct);
            await Task.Delay(500, ct);
            client.Reset();
        });
        using var run = PlainRun.Start(peer);

        var exit = await run.App.WaitForExitAsync(30_000);

        Assert.True(exit == 3, $"exit {exit}\n{run.Transcript}");
        Assert.Contains("Connection lost", run.App.Stderr);
    }

    private static HostilePeer GreetsThenCloses() => HostilePeer.Start(async (client, ct) =>
    {
        await client.SendAsync("220 closing.example ESMTP\r\n", ct);
        await Task.Delay(500, ct);
        client.Close();
        await client.WaitForClientCloseAsync(ct);
    });
}
