using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Tests.Support;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Plain;

/// <summary>Plain mode end to end: the real executable, real pipes, real loopback servers.</summary>
public sealed class PlainModeTests
{
    private static readonly Regex LogLine = new(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (<-|->|==|#) ", RegexOptions.CultureInvariant);

    [Fact]
    public async Task PipingTheSeedsWalkthroughShowsEveryReplyExplainsItAndLogsIt()
    {
        using var folder = new TemporaryFolder();
        await using var server = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mailbox")));
        await server.StartAsync();
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "--annotate", "-f", "session.log", "127.0.0.1", server.EndPoint.Port.ToString());

        await app.PipeAsync(SeedWalkthrough.Lines);
        var exit = await app.WaitForExitAsync();

        Assert.True(exit == 0, $"exit {exit}\n{app.Stdout}\n{app.Stderr}");
        var stdout = app.Stdout;
        string[] replies =
        [
            "220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at",
            "250-mail1.fabrikam.com Hello [127.0.0.1]",
            "250 2.1.0 Sender OK",
            "250 2.1.5 Recipient OK",
            "354 Start mail input; end with <CRLF>.<CRLF>",
            "Queued mail for delivery",
            "221 2.0.0 Service closing transmission channel",
        ];
        var position = 0;
        foreach (var reply in replies)
        {
            var found = stdout.IndexOf(reply, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{reply}' missing or out of order in:\n{stdout}");
            position = found;
        }
        // Lock-step pacing: each command appears after the reply to the one before it.
        Assert.True(stdout.IndexOf("220 mail1", StringComparison.Ordinal) < stdout.IndexOf("EHLO contoso.com", StringComparison.Ordinal));
        Assert.True(stdout.IndexOf("250 2.1.5 Recipient OK", StringComparison.Ordinal) < stdout.IndexOf("\nDATA", StringComparison.Ordinal));
        Assert.Contains("# 250 2.1.0 success:", stdout);
        Assert.Contains("# 354 intermediate:", stdout);
        Assert.Contains("# warning: the address of MAIL FROM has no angle brackets", stdout);
        Assert.Contains("Connected to 127.0.0.1", app.Stderr);
        Assert.Contains("Connection closed by foreign host.", app.Stderr);

        var log = await File.ReadAllLinesAsync(folder.File("session.log"));
        Assert.All(log, line => Assert.Matches(LogLine, line));
        Assert.Contains(log, line => line.EndsWith(" -> EHLO contoso.com", StringComparison.Ordinal));
        Assert.Contains(log, line => line.EndsWith(" <- 250 2.1.0 Sender OK", StringComparison.Ordinal));
        Assert.Contains(log, line => line.EndsWith(" -> ", StringComparison.Ordinal)); // the blank line after the headers
        Assert.Contains(log, line => line.Contains(" # 250 2.1.5 success:", StringComparison.Ordinal));
        Assert.Contains(log, line => line.Contains(" == connected to 127.0.0.1:", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(folder.File("mailbox"), "*.eml"));
    }

    [Fact]
    public async Task AfterARefusedDataTheMessageLinesAndTheDotAreNotSentAndInputResumesAfterIt()
    {
        using var folder = new TemporaryFolder();
        await using var server = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mailbox")));
        await server.StartAsync();
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "127.0.0.1", server.EndPoint.Port.ToString());

        await app.PipeAsync(["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "RCPT TO:<bob@fabrikam.com>", "DATA", "Subject: x", "", "body", ".", "QUIT"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("503 5.5.2 Need rcpt command", app.Stdout);
        Assert.Contains("not sent: body", app.Stderr);
        Assert.Contains("not sent: .", app.Stderr);
        Assert.DoesNotContain("500 5.3.3", app.Stdout);
        Assert.Contains("221 2.0.0", app.Stdout);
    }

    [Fact]
    public async Task PipedBytesThatAreNotUtf8ReachTheServerUnchanged()
    {
        using var folder = new TemporaryFolder();
        await using var server = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mailbox")));
        await server.StartAsync();
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "-f", "latin1.log", "127.0.0.1", server.EndPoint.Port.ToString());

        // A Latin-1 body: "Café crème" with E9 and E8, which are not UTF-8.
        var body = Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me");
        var input = app.Input.BaseStream;
        foreach (var line in new[] { "EHLO contoso.com", "MAIL FROM:<chris@contoso.com> BODY=8BITMIME", "RCPT TO:<kate@fabrikam.com>", "DATA", "Subject: latin1", "" })
        {
            await input.WriteAsync(Encoding.ASCII.GetBytes(line + "\n"));
        }
        await input.WriteAsync(body);
        await input.WriteAsync(Encoding.ASCII.GetBytes("\n.\nQUIT\n"));
        app.Input.Close();

        Assert.Equal(0, await app.WaitForExitAsync());
        var message = await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(folder.File("mailbox"), "*.eml")));
        Assert.True(message.AsSpan().IndexOf(body) >= 0, "the body's bytes arrived changed");
        Assert.Contains(File.ReadAllLines(folder.File("latin1.log")), line => line.EndsWith(" -> Caf\\xE9 cr\\xE8me", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APipedEscapeCommandWaitsForTheRepliesBeforeIt()
    {
        using var folder = new TemporaryFolder();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 slow.example ESMTP\r\n"u8.ToArray(), ct);
            var buffer = new byte[1024];
            var pending = "";
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, ct);
                if (read == 0) return;
                pending += Encoding.ASCII.GetString(buffer, 0, read);
                while (pending.IndexOf('\n') is var end and >= 0)
                {
                    var command = pending[..end].TrimEnd('\r');
                    pending = pending[(end + 1)..];
                    await Task.Delay(300, ct); // a server that takes its time
                    if (command.StartsWith("QUIT", StringComparison.Ordinal))
                    {
                        await socket.SendAsync("221 2.0.0 Bye\r\n"u8.ToArray(), ct);
                        return;
                    }
                    await socket.SendAsync("250 ok\r\n"u8.ToArray(), ct);
                }
            }
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "-f", "slow.log", "127.0.0.1", server.Port.ToString());

        await app.PipeAsync(["EHLO contoso.com", "QUIT", "\u001dquit"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("221 2.0.0 Bye", app.Stdout);
        Assert.Contains(File.ReadAllLines(folder.File("slow.log")), line => line.EndsWith(" <- 221 2.0.0 Bye", StringComparison.Ordinal));
        Assert.DoesNotContain("not sent", app.Stderr);
    }

    [Fact]
    public async Task TheFirstPipedLineWaitsForAMultiLineGreetingToFinish()
    {
        using var folder = new TemporaryFolder();
        var pregreet = new TaskCompletionSource<bool>();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            // A postscreen-like greeting: a first line, a pause, then the last line; a client that talks in the pause is a bot.
            await socket.SendAsync("220-mx.example ESMTP Postfix\r\n"u8.ToArray(), ct);
            await Task.Delay(700, ct);
            pregreet.TrySetResult(socket.Available > 0);
            await socket.SendAsync("220 mx.example ESMTP Postfix\r\n"u8.ToArray(), ct);
            var buffer = new byte[256];
            await socket.ReceiveAsync(buffer, ct);
            await socket.SendAsync("221 2.0.0 Bye\r\n"u8.ToArray(), ct);
            socket.Shutdown(SocketShutdown.Both);
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "127.0.0.1", server.Port.ToString());

        await app.PipeAsync(["QUIT"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.False(await pregreet.Task.WaitAsync(TimeSpan.FromSeconds(10)), "a line was sent before the greeting was complete");
        Assert.Contains("221 2.0.0 Bye", app.Stdout);
    }

    [Fact]
    public async Task AnAnnotationAfterALineWithNoEndStartsOnALineOfItsOwn()
    {
        using var folder = new TemporaryFolder();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 test ESMTP\r\n"u8.ToArray(), ct);
            var buffer = new byte[256];
            await socket.ReceiveAsync(buffer, ct);
            // 1,200 continuation lines: the assistant hands out a reply every 1,000 lines, mid-stream.
            var flood = new StringBuilder();
            for (var i = 0; i < 1200; i++) flood.Append("250-line ").Append(i).Append(" of the flood\r\n");
            flood.Append("250 done\r\n");
            await socket.SendAsync(Encoding.ASCII.GetBytes(flood.ToString()), ct);
            await socket.ReceiveAsync(buffer, ct);
            await socket.SendAsync("221 2.0.0 Bye\r\n"u8.ToArray(), ct);
            socket.Shutdown(SocketShutdown.Both);
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "--annotate", "127.0.0.1", server.Port.ToString());

        await app.PipeAsync(["EHLO contoso.com", "QUIT"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.All(app.Stdout.Split('\n'), line => Assert.True(!line.Contains("# ", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal), line));
    }

    [Fact]
    public async Task ARefusedPortSaysConnectingOnceThenTheFailureWithTheSystemsReasonAndExitCode2()
    {
        using var folder = new TemporaryFolder();
        var port = FreePort();
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "127.0.0.1", port.ToString());
        await app.PipeAsync(["QUIT"]);

        Assert.Equal(2, await app.WaitForExitAsync());
        Assert.Single(app.Stderr.Split('\n'), l => l.Contains("Connecting to 127.0.0.1...", StringComparison.Ordinal));
        Assert.Contains($"Could not open connection to the host, on port {port}: Connect failed (", app.Stderr);
        // Not a mail port: the seed's five SMTP causes are not offered.
        Assert.DoesNotContain("SMTP service", app.Stderr);
        Assert.DoesNotContain("   at ", app.Stderr);
    }

    [Fact]
    public async Task AServerThatClosesFirstEndsWithExitCode0AndReportsTheLinesNotSent()
    {
        using var folder = new TemporaryFolder();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 test ESMTP\r\n"u8.ToArray(), ct);
            var buffer = new byte[256];
            await socket.ReceiveAsync(buffer, ct);
            await socket.SendAsync("421 4.3.2 Service shutting down\r\n"u8.ToArray(), ct);
            socket.Shutdown(SocketShutdown.Both);
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "127.0.0.1", server.Port.ToString());

        await app.PipeAsync(["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "QUIT"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("421 4.3.2 Service shutting down", app.Stdout);
        Assert.Contains("Connection closed by foreign host.", app.Stderr);
        Assert.Contains("not sent", app.Stderr);
        Assert.Contains("MAIL FROM:<chris@contoso.com>", app.Stderr);
    }

    [Fact]
    public async Task AResetEndsWithExitCode3()
    {
        using var folder = new TemporaryFolder();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 test ESMTP\r\n"u8.ToArray(), ct);
            var buffer = new byte[256];
            await socket.ReceiveAsync(buffer, ct);
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "127.0.0.1", server.Port.ToString());

        await app.PipeAsync(["EHLO contoso.com", "QUIT"]);

        Assert.Equal(3, await app.WaitForExitAsync());
        Assert.Contains("Connection lost", app.Stderr);
    }

    [Fact]
    public async Task AReplyThatNeverComesEndsWithExitCode4()
    {
        using var folder = new TemporaryFolder();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 test ESMTP\r\n"u8.ToArray(), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "--reply-timeout", "1", "127.0.0.1", server.Port.ToString());

        await app.PipeAsync(["EHLO contoso.com", "QUIT"]);

        Assert.Equal(4, await app.WaitForExitAsync());
        Assert.Contains("--reply-timeout", app.Stderr);
        Assert.Contains("not sent because no reply came", app.Stderr);
        Assert.Contains("  QUIT", app.Stderr);
    }

    [Fact]
    public async Task HostileBytesFromTheServerAreShownVisiblyNeverRaw()
    {
        using var folder = new TemporaryFolder();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 evil \u001b[2J\u0007 banner\r\n"u8.ToArray(), ct);
            socket.Shutdown(SocketShutdown.Both);
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "127.0.0.1", server.Port.ToString());
        await app.PipeAsync([]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("220 evil ^[[2J^G banner", app.Stdout);
        Assert.DoesNotContain("\u001b", app.Stdout);
    }

    [Fact]
    public async Task RawOutputPassesTheServersBytesThroughUnchanged()
    {
        using var folder = new TemporaryFolder();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("binary \u001b[2J\u0007 data\r\n"u8.ToArray(), ct);
            socket.Shutdown(SocketShutdown.Both);
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "--raw-output", "127.0.0.1", server.Port.ToString());
        await app.PipeAsync([]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Equal("binary \u001b[2J\u0007 data\r\n", app.Stdout);
        Assert.Contains("Connection closed by foreign host.", app.Stderr);
    }

    [Fact]
    public async Task RawBackspacesTypedIntoALineEraseAsATerminalWouldBeforeSending()
    {
        using var folder = new TemporaryFolder();
        var received = new TaskCompletionSource<string>();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 test ESMTP\r\n"u8.ToArray(), ct);
            var buffer = new byte[256];
            var read = await socket.ReceiveAsync(buffer, ct);
            received.TrySetResult(Encoding.ASCII.GetString(buffer, 0, read));
            await socket.SendAsync("250 ok\r\n"u8.ToArray(), ct);
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "127.0.0.1", server.Port.ToString());

        await app.PipeAsync(["EHLX\bO contoso.com"]);
        await app.WaitForExitAsync();

        Assert.Equal("EHLO contoso.com\r\n", await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("Before sending: applied 1 backspace", app.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALineStartingWithTheEscapeCharacterRunsACommand()
    {
        using var folder = new TemporaryFolder();
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 test ESMTP\r\n"u8.ToArray(), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "127.0.0.1", server.Port.ToString());

        await app.PipeAsync(["\u001dstatus", "\u001dquit"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains($"127.0.0.1", app.Stderr);
        Assert.Contains("Bytes", app.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithNoHostItStartsInCommandModeAndOpensFromThere()
    {
        using var folder = new TemporaryFolder();
        await using var server = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mailbox")));
        await server.StartAsync();
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain");

        await app.PipeAsync(["set logfile test.log", $"open 127.0.0.1 {server.EndPoint.Port}", "QUIT"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("Escape character is 'CTRL+]'", app.Stderr);
        Assert.Contains("221 2.0.0", app.Stdout);
        Assert.Contains(File.ReadAllLines(folder.File("test.log")), line => line.EndsWith(" -> QUIT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnwritableLogPathIsReportedAndTheSessionGoesOn()
    {
        using var folder = new TemporaryFolder();
        await using var server = new DemoSmtpServer(new DemoServerOptions(MailboxDirectory: folder.File("mailbox")));
        await server.StartAsync();
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "-f", Path.Combine(folder.Path, "missing", "x.log"), "127.0.0.1", server.EndPoint.Port.ToString());

        await app.PipeAsync(["QUIT"]);

        Assert.Equal(0, await app.WaitForExitAsync());
        Assert.Contains("does not exist", app.Stderr);
        Assert.Contains("without a log", app.Stderr);
        Assert.Contains("221 2.0.0", app.Stdout);
    }

    [Theory]
    [InlineData("-4", "-6", "host")]
    [InlineData("host", "notaport")]
    [InlineData("--connect-timeout", "0", "host")]
    [InlineData("--bind", "not-an-address", "host")]
    [InlineData("-e", "abc", "host")]
    [InlineData("--bogus")]
    public async Task BadCommandLinesExitWith1AndAClearMessage(params string[] args)
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, ["--plain", .. args]);
        await app.PipeAsync([]);

        Assert.Equal(1, await app.WaitForExitAsync());
        Assert.Contains("telnetlite", app.Stderr);
        Assert.DoesNotContain("   at ", app.Stderr);
    }

    [Fact]
    public async Task AnAddressOfTheOtherFamilyThanAskedForIsSaidSoNotBlamedOnDns()
    {
        using var folder = new TemporaryFolder();
        using var app = TelnetLiteProcess.Start(folder.Path, "--plain", "-6", "127.0.0.1", "25");
        await app.PipeAsync([]);

        Assert.Equal(2, await app.WaitForExitAsync());
        Assert.Contains("other IP family", app.Stderr);
        Assert.DoesNotContain("DNS", app.Stderr);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
