using System.Text;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// Servers that break the conversation rather than the terminal: a reset in the middle of a reply, a drip of one
/// byte at a time, silence after the greeting, a close while lines are still to be sent, replies no server should
/// send (999, absurd SIZE values, a 10,000-line greeting). Plain mode, the real executable, real loopback sockets.
/// </summary>
public sealed class FaultyServerTests
{
    [Fact]
    public async Task AResetInTheMiddleOfTheEhloReplyEndsWithExit3AndTheReplyIsCalledUnfinished()
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 reset.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("250-reset.example Hello\r\n250-SIZE 1000\r\n250-PIPEL", ct);
            await Task.Delay(200, ct);
            client.Reset();
        });
        using var run = PlainRun.Start(peer, "--annotate");

        var exit = await run.RunAsync("EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "QUIT");

        // What the user sees: the part that came, a warning that the reply never ended, "Connection lost", exit 3,
        // and the lines that were never sent.
        Assert.True(exit == 3, $"exit {exit}\n{run.Transcript}");
        run.AssertShown("250-SIZE 1000\n250-PIPEL");
        run.AssertShown("the connection ended before its last line");
        Assert.Contains("Connection lost: Connection reset by peer", run.App.Stderr);
        Assert.Contains("MAIL FROM:<chris@contoso.com>", run.App.Stderr);
        Assert.DoesNotContain("MAIL FROM", Encoding.ASCII.GetString(peer.Received));
        Assert.Contains("== connection lost", run.Log);
    }

    [Fact]
    public async Task AServerThatDripsOneByteAtATimeIsAnsweredOnlyAfterEachWholeReply()
    {
        var sentEarly = new TaskCompletionSource<bool>();
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            var greeting = "220-slow.example ESMTP\r\n220 still greeting\r\n"u8.ToArray();
            await client.DripAsync(greeting[..^1], 1, TimeSpan.FromMilliseconds(5), ct);
            // A client that talks before the last byte of the greeting breaks SMTP's lock-step.
            await Task.Delay(300, ct);
            sentEarly.TrySetResult(client.Received.Length > 0);
            await client.SendAsync(greeting[^1..], ct);
            await client.ReadLineAsync(ct);
            await client.DripAsync("250-slow.example\r\n250 SIZE 1000\r\n"u8.ToArray(), 1, TimeSpan.FromMilliseconds(5), ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        Assert.Equal(0, await run.RunAsync("EHLO contoso.com", "QUIT"));

        Assert.False(await sentEarly.Task, "EHLO went out before the greeting's last byte");
        run.AssertShown("220-slow.example ESMTP\n220 still greeting\n");
        run.AssertShown("250 SIZE 1000\n");
        run.AssertShown("# capability: SIZE 1000");
        run.AssertNothingRawReachedTheTerminal();
    }

    [Fact]
    public async Task AGreetingThatStallsInItsLastLineLongerThanAPromptsQuietIsStillAwaited()
    {
        // Quiet after "login: " ends a server's turn; quiet in the middle of an SMTP reply does not: the line is unfinished.
        var sentEarly = new TaskCompletionSource<bool>();
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220-stall.example ESMTP\r\n220 still gree", ct);
            await Task.Delay(1500, ct);
            sentEarly.TrySetResult(client.Received.Length > 0);
            await client.SendAsync("ting\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("250 stall.example\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        Assert.Equal(0, await run.RunAsync("EHLO contoso.com", "QUIT"));

        Assert.False(await sentEarly.Task, "EHLO went out while the greeting's last line was unfinished");
        run.AssertShown("220 still greeting\n");
    }

    [Fact]
    public async Task AServerThatFallsSilentAfterTheGreetingEndsWithExit4AndTheLinesNotSent()
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 silent.example ESMTP\r\n", ct);
            await client.StaySilentAsync(ct);
        });
        using var run = PlainRun.Start(peer, "--reply-timeout", "1");

        var exit = await run.RunAsync("EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "QUIT");

        Assert.True(exit == 4, $"exit {exit}\n{run.Transcript}");
        Assert.Contains("--reply-timeout", run.App.Stderr);
        Assert.Contains("MAIL FROM:<chris@contoso.com>", run.App.Stderr);
        Assert.Equal("EHLO contoso.com\r\n", Encoding.ASCII.GetString(peer.Received));
    }

    [Fact]
    public async Task AServerThatClosesWhileInputIsPendingEndsWithExit0AndListsWhatWasNotSent()
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 closing.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            // No answer to EHLO: the server just goes.
            client.Close();
            await client.WaitForClientCloseAsync(ct);
        });
        using var run = PlainRun.Start(peer);

        var exit = await run.RunAsync("EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "RCPT TO:<kate@fabrikam.com>", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        Assert.Contains("Connection closed by foreign host.", run.App.Stderr);
        Assert.Contains("not sent", run.App.Stderr);
        Assert.Contains("RCPT TO:<kate@fabrikam.com>", run.App.Stderr);
    }

    [Fact]
    public async Task AReplyCode999IsTakenAsTheReplyAndCalledACodeOutsideTheReplyClasses()
    {
        // Issue 13, item 5: "999" was "not an SMTP reply: it has no three-digit code", and the run then waited and
        // exited 4. The user now reads what it is, and the next line goes at once.
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 odd.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("999 what is this\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate", "--reply-timeout", "60");

        var exit = await run.RunAsync("EHLO contoso.com", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertShown("# 999 protocol warning: code 999 is a three-digit code outside 2xx–5xx");
        Assert.DoesNotContain("no three-digit code", run.App.Stdout);
        Assert.Equal("EHLO contoso.com\r\nQUIT\r\n", Encoding.ASCII.GetString(peer.Received));
    }

    [Theory]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("-1")]
    [InlineData("1e99")]
    [InlineData("0x7fffffffffffffff")]
    [InlineData("18446744073709551616")]
    public async Task AnAbsurdSizeValueIsExplainedWithoutACrash(string size)
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 size.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync($"250-size.example\r\n250 SIZE {size}\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        var exit = await run.RunAsync("EHLO contoso.com", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertShown($"# capability: SIZE {size}");
        Assert.DoesNotContain("   at ", run.App.Stderr);
        Assert.DoesNotContain("Exception", run.App.Stdout + run.App.Stderr);
    }

    [Fact]
    public async Task ATenThousandLineGreetingIsShownWholeAndTheFirstCommandWaitsForItsEnd()
    {
        var sentEarly = new TaskCompletionSource<bool>();
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            var lines = new StringBuilder();
            for (var i = 1; i < 10_000; i++) lines.Append("220-greeting line ").Append(i).Append("\r\n");
            await client.SendAsync(lines.ToString(), ct);
            await Task.Delay(500, ct);
            sentEarly.TrySetResult(client.Received.Length > 0);
            await client.SendAsync("220 greeting line 10000\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        var exit = await run.RunAsync("QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        Assert.False(await sentEarly.Task, "QUIT went out before the greeting ended");
        var shown = run.App.Stdout.Split('\n');
        Assert.Equal(10_000, shown.Count(l => l.StartsWith("220", StringComparison.Ordinal) && l.Contains("greeting line ", StringComparison.Ordinal)));
        Assert.Equal(10_000, run.Log.Split('\n').Count(l => l.Contains(" <- 220", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AuthCredentialsNeverReachTheLogOrStandardOutput()
    {
        const string user = "YWxpY2VAY29udG9zby5jb20=";        // alice@contoso.com
        const string password = "U3VwZXJTZWNyZXQtUGFzc3dvcmQ="; // SuperSecret-Password
        const string plain = "AGFsaWNlAFN1cGVyU2VjcmV0LVBsYWlu";  // \0alice\0SuperSecret-Plain
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 auth.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("250-auth.example\r\n250 AUTH LOGIN PLAIN\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("334 VXNlcm5hbWU6\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("334 UGFzc3dvcmQ6\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("535 5.7.8 Authentication credentials invalid\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("235 2.7.0 Authentication successful\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        var exit = await run.RunAsync("EHLO contoso.com", "AUTH LOGIN", user, password, $"AUTH PLAIN {plain}", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        // The server got them; the user's screen and the log show them redacted.
        Assert.Contains(password, Encoding.ASCII.GetString(peer.Received));
        foreach (var secret in new[] { user, password, plain, "SuperSecret" })
        {
            Assert.DoesNotContain(secret, run.App.Stdout);
            Assert.DoesNotContain(secret, run.App.Stderr);
            Assert.DoesNotContain(secret, run.Log);
        }
        Assert.Contains("-> ******** (redacted)", run.Log);
    }
}
