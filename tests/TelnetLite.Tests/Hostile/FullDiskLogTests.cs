using System.Text;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// The session log on a disk that fills up in the middle of a session (a real 64 KB tmpfs): the user is told once,
/// in plain words that name the file once, and the session goes on without the log.
/// </summary>
public sealed class FullDiskLogTests
{
    [SmallFilesystemFact]
    public async Task ALogThatFillsTheDiskIsStoppedWithOneClearMessageAndTheSessionGoesOn()
    {
        using var disk = SmallFilesystem.Mount(64);
        using var folder = new TemporaryFolder();
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 full.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            var reply = new StringBuilder();
            for (var i = 0; i < 3000; i++) reply.Append("250-a line to fill the disk with, number ").Append(i).Append("\r\n");
            await client.SendAsync(reply.Append("250 OK\r\n").ToString(), ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        var logPath = Path.Combine(disk.Path, "session.log");
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "-f", logPath, "127.0.0.1", peer.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await app.PipeAsync(["EHLO contoso.com", "QUIT"]);
        var exit = await app.WaitForExitAsync();

        // What the user sees: the whole conversation, and once on stderr why the log stopped.
        Assert.True(exit == 0, $"exit {exit}\n{app.Stdout}\n{app.Stderr}");
        Assert.Contains("250-a line to fill the disk with, number 2999\n250 OK\n", app.Stdout);
        Assert.Contains("221 bye", app.Stdout);
        var said = app.Stderr.Split('\n').Where(l => l.Contains("cannot write to the log file", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"cannot write to the log file {logPath}: No space left on device; logging stopped"], said);
        Assert.True(new FileInfo(logPath).Length > 0);
    }
}
