using System.Net;
using System.Net.Sockets;
using System.Text;
using TelnetLite.Core.Session;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Session;

public sealed class TelnetSessionTests
{
    private static ConnectRequest To(LoopbackServer server, double timeoutSeconds = 10) =>
        new(server.Address.ToString(), server.Port, TimeSpan.FromSeconds(timeoutSeconds));

    [Fact]
    public async Task AnEchoServerGetsTheLineBackAndTheEventsArriveInOrder()
    {
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            var buffer = new byte[1024];
            int read;
            while ((read = await socket.ReceiveAsync(buffer, ct)) > 0) await socket.SendAsync(buffer.AsMemory(0, read), ct);
        });
        await using var session = new TelnetSession();
        var observer = new RecordingObserver();
        session.AddObserver(observer);

        Assert.Null(await session.ConnectAsync(To(server), CancellationToken.None));
        Assert.True(await session.SendLineAsync("EHLO contoso.com", "\r\n", secret: false, CancellationToken.None));
        await observer.WaitForTextAsync("EHLO contoso.com\r\n");
        await session.CloseAsync();

        var kinds = observer.Events.Select(e => e.GetType().Name).ToList();
        Assert.Equal(nameof(ConnectingEvent), kinds[0]);
        Assert.Equal(nameof(ConnectedEvent), kinds[1]);
        Assert.Equal(nameof(LineSentEvent), kinds[2]);
        Assert.Equal(CloseReason.LocalClosed, observer.Events.OfType<ClosedEvent>().Single().Reason);
        Assert.Equal("EHLO contoso.com", Encoding.UTF8.GetString(observer.Events.OfType<LineSentEvent>().Single().Line.Span));
        Assert.Equal(18, session.BytesOut);
        Assert.Equal(18, session.BytesIn);
    }

    [Fact]
    public async Task ABannerThenCloseIsReportedAsAnOrderlyRemoteClose()
    {
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("220 banner\r\n"u8.ToArray(), ct);
            socket.Shutdown(SocketShutdown.Both);
        });
        await using var session = new TelnetSession();
        var observer = new RecordingObserver();
        session.AddObserver(observer);

        Assert.Null(await session.ConnectAsync(To(server), CancellationToken.None));
        var closed = await observer.WaitForAsync<ClosedEvent>();

        Assert.Equal(CloseReason.RemoteClosed, closed.Reason);
        Assert.Equal("220 banner\r\n", observer.ReceivedText);
        Assert.False(session.IsConnected);
        Assert.False(await session.SendLineAsync("QUIT", "\r\n", false, CancellationToken.None));
    }

    [Fact]
    public async Task AResetMidLineIsReportedAsALostConnection()
    {
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("250-half a li"u8.ToArray(), ct);
            await Task.Delay(100, ct);
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        });
        await using var session = new TelnetSession();
        var observer = new RecordingObserver();
        session.AddObserver(observer);

        Assert.Null(await session.ConnectAsync(To(server), CancellationToken.None));
        var closed = await observer.WaitForAsync<ClosedEvent>();

        Assert.Equal(CloseReason.Lost, closed.Reason);
        Assert.False(string.IsNullOrEmpty(closed.Detail));
        Assert.Equal("250-half a li", observer.ReceivedText);
    }

    [Fact]
    public async Task ARefusedPortIsDiagnosedAsNoServiceListening()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        await using var session = new TelnetSession();

        var failure = await session.ConnectAsync(new ConnectRequest("127.0.0.1", port, TimeSpan.FromSeconds(5)), CancellationToken.None);

        Assert.NotNull(failure);
        Assert.Equal(ConnectFailureKind.Refused, failure.Kind);
        Assert.Equal($"Connecting to 127.0.0.1...Could not open connection to the host, on port {port}: Connect failed", failure.ClassicLine);
    }

    [Fact]
    public async Task AListenerWithAFullBacklogMakesTheConnectTimeOut()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var endPoint = (IPEndPoint)listener.LocalEndPoint!;
        // Fill the accept queue so the kernel drops further SYNs, as a firewall that drops packets would.
        var fillers = new List<Socket>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
                try { filler.Connect(endPoint); } catch (SocketException) { }
                fillers.Add(filler);
            }
            await Task.Delay(200);
            await using var session = new TelnetSession();

            var failure = await session.ConnectAsync(new ConnectRequest("127.0.0.1", endPoint.Port, TimeSpan.FromSeconds(1)), CancellationToken.None);

            Assert.NotNull(failure);
            Assert.Equal(ConnectFailureKind.TimedOut, failure.Kind);
        }
        finally
        {
            foreach (var filler in fillers) filler.Dispose();
        }
    }

    [Fact]
    public async Task IPv6LoopbackWorks()
    {
        if (!Socket.OSSupportsIPv6) return;
        LoopbackServer server;
        try
        {
            server = new LoopbackServer(async (socket, ct) => await socket.SendAsync("220 v6\r\n"u8.ToArray(), ct), IPAddress.IPv6Loopback);
        }
        catch (SocketException)
        {
            return; // no ::1 on this host
        }
        await using (server)
        {
            await using var session = new TelnetSession();
            var observer = new RecordingObserver();
            session.AddObserver(observer);

            Assert.Null(await session.ConnectAsync(new ConnectRequest("::1", server.Port, TimeSpan.FromSeconds(5), AddressFamilyPreference.IPv6), CancellationToken.None));
            await observer.WaitForTextAsync("220 v6");

            Assert.Equal(AddressFamily.InterNetworkV6, session.RemoteEndPoint!.AddressFamily);
        }
    }

    [Fact]
    public async Task AServerThatNeverSpeaksLeavesTheSessionOpenUntilClosed()
    {
        await using var server = new LoopbackServer(async (socket, ct) => await Task.Delay(Timeout.Infinite, ct));
        await using var session = new TelnetSession();
        var observer = new RecordingObserver();
        session.AddObserver(observer);

        Assert.Null(await session.ConnectAsync(To(server), CancellationToken.None));
        await session.DrainAsync();
        Assert.True(session.IsConnected);
        Assert.Empty(observer.Events.OfType<DataReceivedEvent>());

        await session.CloseAsync();
        Assert.Equal(CloseReason.LocalClosed, observer.Events.OfType<ClosedEvent>().Single().Reason);
    }

    [Fact]
    public async Task APromptWithoutNewlineIsFollowedByAnIdleEvent()
    {
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("login: "u8.ToArray(), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        await using var session = new TelnetSession();
        var observer = new RecordingObserver();
        session.AddObserver(observer);

        Assert.Null(await session.ConnectAsync(To(server), CancellationToken.None));
        await observer.WaitForAsync<ReceiveIdleEvent>();

        var data = observer.Events.OfType<DataReceivedEvent>().Last();
        var idle = observer.Events.OfType<ReceiveIdleEvent>().First();
        Assert.True(observer.Events.ToList().IndexOf(idle) > observer.Events.ToList().IndexOf(data));
    }
    [Fact]
    public async Task ALineIsNotCutWhileASlowSubscriberHoldsTheReadBeforeIt()
    {
        // The idle timer flushes a prompt only when the server is silent. A read whose delivery is slow (a log on a busy
        // disk, a starved machine) is not silence: the end of a line already in the kernel must join its start.
        var lineTwoSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lineOneSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new LoopbackServer(async (socket, ct) =>
        {
            await socket.SendAsync("line 1\r\n"u8.ToArray(), ct);
            await lineOneSeen.Task.WaitAsync(ct);
            await socket.SendAsync("line 2\r\nhal"u8.ToArray(), ct);
            await lineTwoSeen.Task.WaitAsync(ct);
            await socket.SendAsync("f\r\n"u8.ToArray(), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        await using var session = new TelnetSession();
        var lines = new List<string>();
        var slow = new DelegateObserver(e =>
        {
            if (e is not LinesReceivedEvent received) return;
            foreach (var line in received.Lines)
            {
                var text = Encoding.ASCII.GetString(line.Content.Span);
                lock (lines) lines.Add(text);
                if (text == "line 1") lineOneSeen.TrySetResult();
                if (text == "line 2")
                {
                    lineTwoSeen.TrySetResult();
                    Thread.Sleep(TimeSpan.FromSeconds(1.5)); // three idle intervals
                }
            }
        });
        session.AddObserver(slow);
        var observer = new RecordingObserver();
        session.AddObserver(observer);

        Assert.Null(await session.ConnectAsync(To(server), CancellationToken.None));
        await observer.WaitForAsync<LinesReceivedEvent>(e => e.Lines.Any(l => l.Content.Span.SequenceEqual("half"u8)));

        lock (lines) Assert.Equal(["line 1", "line 2", "half"], lines);
    }

    private sealed class DelegateObserver(Action<SessionEvent> handle) : ISessionObserver
    {
        public void OnSessionEvent(SessionEvent sessionEvent) => handle(sessionEvent);
    }
}
