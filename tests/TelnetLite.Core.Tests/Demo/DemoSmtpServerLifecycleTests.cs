using System.Net;
using System.Net.Sockets;
using TelnetLite.Core.Demo;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Demo;

public sealed class DemoSmtpServerLifecycleTests
{
    [Fact]
    public async Task TheServerListensOnLoopbackOnAFreePortWhenAskedForPortZero()
    {
        await using var first = await DemoHarness.StartAsync();
        await using var second = await DemoHarness.StartAsync();

        Assert.Equal(IPAddress.Loopback, first.Server.EndPoint.Address);
        Assert.NotEqual(0, first.Server.EndPoint.Port);
        Assert.NotEqual(first.Server.EndPoint.Port, second.Server.EndPoint.Port);
    }

    [Fact]
    public async Task ManyClientsAtOnceEachCompleteTheWalkthrough()
    {
        await using var harness = await DemoHarness.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var client = await harness.ConnectAndGreetAsync();
            Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
            Assert.Equal("250 2.1.5 Recipient OK", await client.CommandAsync("RCPT TO:kate@fabrikam.com NOTIFY=success,failure"));
            await client.CommandAsync("DATA");
            Assert.StartsWith("250 2.6.0 ", await client.CommandAsync($"Subject: Test {i}\r\n\r\nThis is a test message\r\n."));
            Assert.Equal("221 2.0.0 Service closing transmission channel", await client.CommandAsync("QUIT"));
        }));

        Assert.Equal(20, harness.Mailbox.Files("*.eml").Length);
    }

    [Fact]
    public async Task DisposingTheServerLeavesNothingListeningAndClosesConnectedClients()
    {
        var harness = await DemoHarness.StartAsync();
        var endPoint = harness.Server.EndPoint;
        var client = await harness.ConnectAndGreetAsync();

        await harness.DisposeAsync();

        Assert.True(await client.IsClosedByServerAsync());
        await client.DisposeAsync();
        using var probe = new TcpClient(AddressFamily.InterNetwork);
        await Assert.ThrowsAsync<SocketException>(() => probe.ConnectAsync(endPoint));
    }

    [Fact]
    public async Task StoppingTwiceOrBeforeStartingIsHarmlessAndStartingTwiceIsAnError()
    {
        var never = new DemoSmtpServer();
        await never.StopAsync();
        Assert.Throws<InvalidOperationException>(() => never.EndPoint);

        await using var harness = await DemoHarness.StartAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Server.StartAsync());
        await harness.Server.StopAsync();
        await harness.Server.StopAsync();
    }

    [Fact]
    public async Task AClientThatResetsItsConnectionDoesNotStopTheServer()
    {
        await using var harness = await DemoHarness.StartAsync();
        using (var rude = new TcpClient(AddressFamily.InterNetwork))
        {
            await rude.ConnectAsync(harness.Server.EndPoint);
            rude.Client.LingerState = new LingerOption(true, 0);
            await rude.GetStream().WriteAsync("EHLO contoso.com\r\nMAIL FROM:chris@contoso.com\r\n"u8.ToArray());
        }

        await using var client = await harness.ConnectAndGreetAsync();
        Assert.Equal("250 2.1.0 Sender OK", await client.CommandAsync("MAIL FROM:chris@contoso.com"));
    }

    [Fact]
    public async Task ACommandLineLongerThanTheLimitIsRefusedAndTheSessionGoesOn()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { MaxLineLength = 100 });
        await using var client = await harness.ConnectAsync();

        Assert.Equal("500 5.5.6 Line too long", await client.CommandAsync("EHLO " + new string('a', 20_000)));
        Assert.StartsWith("250-", await client.CommandAsync("EHLO " + new string('a', 95)));
    }

    [Fact]
    public async Task AClientSilentForLongerThanTheIdleTimeoutIsToldSoAndDisconnected()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { IdleTimeout = TimeSpan.FromMilliseconds(200) });
        await using var client = await harness.ConnectAsync();

        Assert.Equal("421 4.4.1 Connection timed out", await client.ReadReplyAsync());
        Assert.True(await client.IsClosedByServerAsync());
    }

    [Fact]
    public async Task AClientBeyondTheConnectionLimitIsToldToComeBackLater()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { MaxConnections = 1 });
        await using var first = await harness.ConnectAsync();
        await using var second = await SmtpTestClient.ConnectAsync(harness.Server.EndPoint);

        Assert.StartsWith("421 4.3.2 The maximum number of concurrent connections has exceeded a limit", await second.ReadReplyAsync());
        Assert.True(await second.IsClosedByServerAsync());
        Assert.Equal("250 2.0.0 OK", await first.CommandAsync("NOOP"));
    }

    [Fact]
    public async Task StartingOnAPortInUseFailsAndLeavesAServerThatStopsQuietly()
    {
        await using var harness = await DemoHarness.StartAsync();
        using var folder = new TemporaryFolder();
        var clash = new DemoSmtpServer(new DemoServerOptions(Port: harness.Server.EndPoint.Port, MailboxDirectory: folder.Path));

        await Assert.ThrowsAsync<SocketException>(() => clash.StartAsync());
        await clash.DisposeAsync();
        await using var client = await harness.ConnectAndGreetAsync();
    }

    [Fact]
    public void APortOutsideTheRangeIsRefusedAtConstruction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DemoSmtpServer(new DemoServerOptions(Port: 70000)));
    }
}
