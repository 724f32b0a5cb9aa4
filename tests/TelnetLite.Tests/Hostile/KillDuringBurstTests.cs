using System.Globalization;
using System.Net;
using System.Text;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// Issue 13, item 2 (cured by the pipeline of issue 8): the README promises that <c>kill -9</c> loses no completed
/// line of the log. More exactly, a line TelnetLite has read from the socket is in the log before the next read;
/// only what still sits in the kernel's buffers at the kill is not received yet.
/// </summary>
public sealed class KillDuringBurstTests
{
    private const int Lines = 500_000;

    /// <summary>How long the last line read may take to reach the log once the socket is drained.</summary>
    /// <remarks>
    /// Generous for one read's worth of lines (16 KiB, about a thousand), which is all the log may still owe once
    /// every byte has been read; far too short for a backlog of hundreds of thousands kept in memory.
    /// </remarks>
    private static readonly TimeSpan LastReadToLog = TimeSpan.FromSeconds(3);

    [LinuxFact]
    public async Task EveryLineReadFromTheSocketBeforeAKillMinus9IsInTheLog()
    {
        var sentAll = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            var burst = new StringBuilder(Lines * 14);
            for (var i = 1; i <= Lines; i++) burst.Append("line ").Append(i.ToString("D7", CultureInfo.InvariantCulture)).Append("\r\n");
            await client.SendAsync(burst.ToString(), ct);
            sentAll.TrySetResult();
            await client.StaySilentAsync(ct);
        });
        using var run = PlainRun.Start(peer);
        await run.App.PipeAsync([]);
        var connection = await peer.Connection.WaitAsync(TimeSpan.FromSeconds(30));
        await sentAll.Task.WaitAsync(TimeSpan.FromSeconds(300));

        // Every byte left the server's queue and the client's: TelnetLite has read the whole burst.
        await DrainedAsync(connection.ServerEndPoint, connection.ClientEndPoint, TimeSpan.FromSeconds(300));
        var lastLine = $"<- line {Lines:D7}";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < LastReadToLog && !run.Log.Contains(lastLine, StringComparison.Ordinal)) await Task.Delay(50);

        run.App.KillNow();

        // What the user finds in the log after the crash: every line, in order, none missing in the middle.
        var logged = run.Log.Split('\n').Where(l => l.Contains(" <- line ", StringComparison.Ordinal)).ToList();
        var inOrder = 0;
        foreach (var line in logged)
        {
            if (!line.EndsWith($"<- line {inOrder + 1:D7}", StringComparison.Ordinal)) break;
            inOrder++;
        }
        Assert.True(inOrder == logged.Count, $"the log has a gap or a disorder after line {inOrder}");
        Assert.True(inOrder == Lines, $"the log held {inOrder:N0} of the {Lines:N0} lines TelnetLite had read from the socket before the kill");
    }

    private static async Task DrainedAsync(IPEndPoint server, IPEndPoint client, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var serverSide = TcpQueues.Of(server, client);
            var clientSide = TcpQueues.Of(client, server);
            if (serverSide is { Send: 0 } && clientSide is { Receive: 0 }) return;
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"the socket never drained: server {serverSide}, client {clientSide}");
            await Task.Delay(20);
        }
    }
}
