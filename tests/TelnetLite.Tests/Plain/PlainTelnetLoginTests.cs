using System.Net.Sockets;
using System.Text;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Core.Tests.Support.Peers;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Plain;

/// <summary>Piped input to Telnet servers that ask for a login, as inetutils telnet would type it.</summary>
public sealed class PlainTelnetLoginTests
{
    [PeerFact(Peer.Telnetd)]
    public async Task APipedLoginToTelnetdTypesEachLineAtItsPromptAndThePasswordIsNowhereInTheOutputOrTheLog()
    {
        await using var telnetd = await TelnetdServer.StartAsync();
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, new Dictionary<string, string> { ["TERM"] = "xterm-256color" },
            "--plain", "-f", "session.log", "127.0.0.1", telnetd.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await app.PipeAsync([telnetd.User, telnetd.Password, "echo hi-$TERM", "exit"]);
        var exit = await app.WaitForExitAsync();

        var log = await File.ReadAllTextAsync(folder.File("session.log"));
        Assert.True(exit == 0, $"exit {exit}\nstdout:\n{app.Stdout}\nstderr:\n{app.Stderr}\nlog:\n{log}");
        Assert.Contains("hi-xterm-256color", app.Stdout);
        Assert.DoesNotContain(telnetd.Password, app.Stdout);
        Assert.DoesNotContain(telnetd.Password, app.Stderr);
        Assert.DoesNotContain(telnetd.Password, log);
        Assert.Contains(" -> ******** (redacted)", log);
        Assert.DoesNotContain("^[[?2004", app.Stdout);
    }

    [Fact]
    public async Task PipedInputToAServerThatOpensWithAPromptGoesAfterThePrompt()
    {
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("Username: "u8.ToArray(), ct);
            var buffer = new byte[256];
            var typed = "";
            while (!typed.Contains('\n'))
            {
                var read = await socket.ReceiveAsync(buffer, ct);
                if (read == 0) return;
                typed += Encoding.ASCII.GetString(buffer, 0, read);
            }
            await socket.SendAsync(Encoding.ASCII.GetBytes($"Hello {typed.Trim()}\r\n"), ct);
            socket.Shutdown(SocketShutdown.Both);
        });
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "127.0.0.1", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await app.PipeAsync(["chris"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("Username: ", app.Stdout);
        Assert.Contains("Hello chris", app.Stdout);
    }
}
