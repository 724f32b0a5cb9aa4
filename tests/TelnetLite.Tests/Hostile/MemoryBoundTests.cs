using System.Globalization;
using System.Text;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// Issue 13, item 1 (cured by the pipeline of issue 8): however fast and however much a server sends, TelnetLite's
/// memory stays bounded — peak RSS at most 128 MB in plain mode and 250 MB in the UI — a line longer than
/// <see cref="OverlongLine.MaxBytes"/> is shown and logged in pieces with a note, and the UI keeps answering.
/// </summary>
/// <remarks>
/// Each flood runs a few seconds at full speed: before back-pressure, plain mode grew past the bound within two
/// seconds (669–736 MB after 20 s), so a few seconds prove the bound as well as minutes would. The peak is the
/// kernel's own high-water mark (VmHWM), read while the process still runs.
/// </remarks>
public sealed class MemoryBoundTests
{
    private const double PlainBoundMegabytes = 128;
    private const double UiBoundMegabytes = 250;
    private static readonly TimeSpan FloodTime = TimeSpan.FromSeconds(5);

    [LinuxFact]
    public async Task AFloodOfRandomBytesKeepsPlainModeUnder128MegabytesAndNothingRawReachesTheTerminal()
    {
        await using var flood = await PlainFloodAsync(buffer =>
        {
            Random.Shared.NextBytes(buffer.Span);
            return buffer.Length;
        }, FloodTime);

        // What the user sees: the bytes as text (^[, \xNN), TelnetLite exiting once the server is gone.
        flood.Run.AssertNothingRawReachedTheTerminal();
        Assert.True(flood.Run.App.StdoutBytes.TotalBytes > 0);
    }

    [LinuxFact]
    public async Task MillionsOfShortLinesKeepPlainModeUnder128Megabytes()
    {
        var lines = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i % 1000:D3}\r\n")));
        await using var flood = await PlainFloodAsync(buffer =>
        {
            var length = Math.Min(buffer.Length, lines.Length);
            lines.AsSpan(0, length).CopyTo(buffer.Span);
            return length;
        }, FloodTime);

        Assert.True(flood.Run.App.StdoutBytes.TotalBytes > 1_000_000 * 4, $"only {flood.Run.App.StdoutBytes.TotalBytes} bytes shown");
    }

    [LinuxFact]
    public async Task AHundredMegabyteLineWithoutANewlineKeepsPlainModeUnder128MegabytesAndIsShownInPiecesWithANote()
    {
        const long lineBytes = 100L * 1024 * 1024;
        long sent = 0;
        await using var flood = await PlainFloodAsync(buffer =>
        {
            var length = (int)Math.Min(buffer.Length, lineBytes - sent);
            buffer.Span[..length].Fill((byte)'x');
            sent += length;
            return length;
        }, limit: null);

        // What the user sees: the line in pieces of at most the maximum, and a note saying it was cut.
        var run = flood.Run;
        Assert.True(OverlongLine.HasNote(run.App.Stdout + run.App.Stderr), $"no note names the {OverlongLine.MaxBytes}-byte maximum\n{run.App.Stderr}");
        Assert.All(run.App.Stdout.Split('\n').Where(l => l.StartsWith('x')), piece => Assert.True(piece.Length <= OverlongLine.MaxBytes, $"a piece of {piece.Length} bytes"));
        using (var log = new StreamReader(run.LogPath))
        {
            while (await log.ReadLineAsync() is { } line)
                Assert.True(line.Length <= OverlongLine.MaxBytes + 64, $"a log line of {line.Length} characters");
        }
    }

    [LinuxFact]
    public async Task AHundredThousandLineReplyIsShownLineByLineEachWholeWithItsAnnotationAfterIt()
    {
        // Annotations used to come every 1,000 lines in the middle of the received text, cutting lines in two.
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 flood.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            var reply = new StringBuilder();
            for (var i = 1; i < 100_000; i++) reply.Append("250-line ").Append(i.ToString("D6", CultureInfo.InvariantCulture)).Append("\r\n");
            await client.SendAsync(reply.Append("250 last line\r\n").ToString(), ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");
        await using var memory = PeakMemory.Follow(run.App.Id);

        var exit = await run.RunAsync("EHLO contoso.com", "QUIT");

        Assert.True(exit == 0, $"exit {exit}");
        Assert.True(memory.PeakMegabytes <= PlainBoundMegabytes, $"peak RSS {memory.PeakMegabytes:0} MB");
        var shown = run.App.Stdout.Split('\n');
        var received = shown.Where(l => !l.StartsWith("# ", StringComparison.Ordinal) && l is not ("EHLO contoso.com" or "QUIT" or "")).ToList();
        var broken = received.Where(l => !l.StartsWith("250-line ", StringComparison.Ordinal) && l is not ("220 flood.example ESMTP" or "250 last line" or "221 bye")).Take(5).ToList();
        Assert.True(broken.Count == 0, $"lines cut in two: {string.Join(" | ", broken)}");
        Assert.Equal(99_999, received.Count(l => l.StartsWith("250-line ", StringComparison.Ordinal)));
        Assert.Equal(100_000, run.Log.Split('\n').Count(l => l.Contains(" <- 250", StringComparison.Ordinal)));
    }

    [LinuxTmuxFact]
    public async Task AFloodKeepsTheUiUnder250MegabytesAndItsStatusBarSaysClosedOnceThePeerHasGone()
    {
        var floodOver = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 flood.example ESMTP\r\n", ct);
            await client.FloodAsync(RandomPrintableLines, FloodTime, ct);
            floodOver.TrySetResult();
            client.Close();
            await client.WaitForClientCloseAsync(ct);
        });
        using var tui = HostileTui.Connect(peer, 120, 30);
        var pid = await UiProcessAsync(tui);
        await using var memory = PeakMemory.Follow(pid);

        await floodOver.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(memory.Sample() <= UiBoundMegabytes, $"peak RSS {memory.PeakMegabytes:0} MB");

        // What the user sees once the server has gone: "closed", not "connected 00:00"; Ctrl+Q then quits at once.
        var screen = tui.Tmux.WaitFor(s => s.Contains("Connection closed by foreign host.", StringComparison.Ordinal), "the close noted in the transcript", 30_000);
        var status = StatusBar(screen);
        Assert.Contains(" closed", status);
        Assert.DoesNotContain(" connected ", status);
        tui.Tmux.Press("C-q");
        tui.WaitFor("[exited 0]");
        Assert.True(memory.PeakMegabytes <= UiBoundMegabytes, $"peak RSS {memory.PeakMegabytes:0} MB");
    }

    [LinuxTmuxFact]
    public async Task CtrlQAnswersInTheMiddleOfAFlood()
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 flood.example ESMTP\r\n", ct);
            await client.FloodAsync(RandomPrintableLines, TimeSpan.FromSeconds(60), ct);
            await client.StaySilentAsync(ct);
        });
        using var tui = HostileTui.Connect(peer, 120, 30);
        var pid = await UiProcessAsync(tui);
        await using var memory = PeakMemory.Follow(pid);
        await Task.Delay(TimeSpan.FromSeconds(2));

        tui.Tmux.Press("C-q");

        // The quit question shows while the flood goes on (it took 19 s or more before back-pressure).
        tui.WaitFor("Close the connection to", 10_000);
        tui.Tmux.Press("Enter");
        tui.WaitFor("[exited 0]", 10_000);
        Assert.True(memory.PeakMegabytes <= UiBoundMegabytes, $"peak RSS {memory.PeakMegabytes:0} MB");
    }

    [LinuxTmuxFact]
    public async Task AHundredMegabyteLineKeepsTheUiUnder250Megabytes()
    {
        const long lineBytes = 100L * 1024 * 1024;
        var lineSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 long.example ESMTP\r\n", ct);
            long sent = 0;
            await client.FloodAsync(buffer =>
            {
                var length = (int)Math.Min(buffer.Length, lineBytes - sent);
                buffer.Span[..length].Fill((byte)'y');
                sent += length;
                return length;
            }, null, ct);
            lineSent.TrySetResult();
            await client.SendAsync("\r\n250 after the line\r\n", ct);
            await client.StaySilentAsync(ct);
        });
        using var tui = HostileTui.Connect(peer, 120, 30);
        var pid = await UiProcessAsync(tui);
        await using var memory = PeakMemory.Follow(pid);

        await lineSent.Task.WaitAsync(TimeSpan.FromSeconds(120));
        tui.WaitFor("250 after the line", 60_000);

        Assert.True(memory.Sample() <= UiBoundMegabytes, $"peak RSS {memory.PeakMegabytes:0} MB");
    }

    /// <summary>
    /// Runs plain mode against a peer that floods with <paramref name="fill"/> (for <paramref name="limit"/>, or until
    /// it returns 0), then closes; asserts the bound during the flood and until TelnetLite has exited.
    /// </summary>
    private static async Task<PlainFlood> PlainFloodAsync(Func<Memory<byte>, int> fill, TimeSpan? limit)
    {
        var floodOver = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.FloodAsync(fill, limit, ct);
            floodOver.TrySetResult();
            client.Close();
            await client.WaitForClientCloseAsync(ct);
        });
        var run = PlainRun.Start(peer);
        var flood = new PlainFlood(peer, run);
        try
        {
            await using var memory = PeakMemory.Follow(run.App.Id);
            await run.App.PipeAsync([]);
            await floodOver.Task.WaitAsync(TimeSpan.FromSeconds(120));
            Assert.True(memory.Sample() <= PlainBoundMegabytes, $"peak RSS {memory.PeakMegabytes:0} MB while the server sent");

            // The server has gone: TelnetLite shows what it has read and exits (it went on for 95 s before).
            var exit = await run.App.WaitForExitAsync(30_000);
            Assert.True(exit == 0, $"exit {exit}\n{run.App.Stderr}");
            Assert.True(memory.PeakMegabytes <= PlainBoundMegabytes, $"peak RSS {memory.PeakMegabytes:0} MB before exit");
            Assert.Contains("Connection closed by foreign host.", run.App.Stderr);
            return flood;
        }
        catch
        {
            await flood.DisposeAsync();
            throw;
        }
    }

    private static int RandomPrintableLines(Memory<byte> buffer)
    {
        var span = buffer.Span;
        Random.Shared.NextBytes(span);
        for (var i = 0; i < span.Length; i++) span[i] = (byte)(i % 80 == 79 ? '\n' : 0x20 + span[i] % 0x5F);
        return span.Length;
    }

    private static async Task<int> UiProcessAsync(HostileTui tui)
    {
        var panePid = tui.Tmux.PanePid;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (PeakMemory.FindChild(panePid, "telnetlite.dll") is { } pid) return pid;
            await Task.Delay(50);
        }
        throw new InvalidOperationException("the UI's process never appeared under the tmux pane");
    }

    /// <summary>The status bar's state line: the one that says whether local echo is on.</summary>
    private static string StatusBar(string screen) =>
        screen.Split('\n').LastOrDefault(l => l.Contains("echo on", StringComparison.Ordinal) || l.Contains("echo off", StringComparison.Ordinal)) ?? "";

    private sealed class PlainFlood(HostilePeer peer, PlainRun run) : IAsyncDisposable
    {
        public PlainRun Run { get; } = run;

        public async ValueTask DisposeAsync()
        {
            Run.Dispose();
            await peer.DisposeAsync();
        }
    }
}
