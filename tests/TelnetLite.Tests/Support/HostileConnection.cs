using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TelnetLite.Tests.Support;

/// <summary>One client of a <see cref="HostilePeer"/>: the moves a faulty or hostile server can make.</summary>
/// <remarks>What the client sends is read in the background all along (a server that never reads would stall a
/// client's writes, which is another test), kept, and handed out as lines to <see cref="ReadLineAsync"/>.</remarks>
internal sealed class HostileConnection
{
    private readonly Socket _socket;
    private readonly MemoryStream _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _reader;
    private int _linesTaken;
    private bool _clientClosed;
    private bool _reset;
    private bool _finSent;

    public HostileConnection(Socket socket)
    {
        _socket = socket;
        _socket.NoDelay = true;
        _reader = Task.Run(ReadAllAsync);
    }

    /// <summary>The client's address as the server sees it.</summary>
    public IPEndPoint ClientEndPoint => (IPEndPoint)_socket.RemoteEndPoint!;

    /// <summary>The server's own address.</summary>
    public IPEndPoint ServerEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    /// <summary>Bytes the server sent so far (what the kernel accepted).</summary>
    public long BytesSent { get; private set; }

    /// <summary>Everything the client sent so far.</summary>
    public byte[] Received
    {
        get { lock (_received) return _received.ToArray(); }
    }

    /// <summary>Sends text as UTF-8 (C# escapes such as <c>\u001b</c> become the control bytes themselves).</summary>
    public Task SendAsync(string text, CancellationToken ct) => SendAsync(Encoding.UTF8.GetBytes(text), ct);

    public async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        while (!bytes.IsEmpty)
        {
            var sent = await _socket.SendAsync(bytes, SocketFlags.None, ct);
            BytesSent += sent;
            bytes = bytes[sent..];
        }
    }

    /// <summary>Sends <paramref name="bytes"/> in pieces of <paramref name="chunk"/> bytes with a pause between: a slow
    /// drip, or (one byte at a time) every split a client's parser must survive.</summary>
    public async Task DripAsync(ReadOnlyMemory<byte> bytes, int chunk, TimeSpan pause, CancellationToken ct)
    {
        for (var offset = 0; offset < bytes.Length; offset += chunk)
        {
            await SendAsync(bytes.Slice(offset, Math.Min(chunk, bytes.Length - offset)), ct);
            await Task.Delay(pause, ct);
        }
    }

    /// <summary>
    /// Sends as fast as the client takes them: <paramref name="fill"/> writes the next piece into the buffer it is
    /// given and returns its length (0 to stop); stops also after <paramref name="limit"/> when given.
    /// </summary>
    public async Task FloodAsync(Func<Memory<byte>, int> fill, TimeSpan? limit, CancellationToken ct)
    {
        var buffer = new byte[256 * 1024];
        using var deadline = limit is { } span ? new CancellationTokenSource(span) : new CancellationTokenSource();
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            while (true)
            {
                var length = fill(buffer);
                if (length == 0) return;
                await SendAsync(buffer.AsMemory(0, length), both.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // The time is up: the flood ends, the connection stays.
        }
    }

    /// <summary>The next line the client sent, without its line end; null once the client closed.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken ct)
    {
        while (true)
        {
            lock (_received)
            {
                var lines = Encoding.UTF8.GetString(_received.GetBuffer(), 0, (int)_received.Length).Split('\n');
                // The last piece is a line still being written (or empty after a final LF).
                if (lines.Length - 1 > _linesTaken) return lines[_linesTaken++].TrimEnd('\r');
                if (_clientClosed) return null;
            }
            await _arrived.WaitAsync(ct);
        }
    }

    /// <summary>Waits until the client closes its side (or the test ends).</summary>
    public async Task WaitForClientCloseAsync(CancellationToken ct)
    {
        while (true)
        {
            lock (_received) if (_clientClosed) return;
            await _arrived.WaitAsync(ct);
        }
    }

    /// <summary>Ends the connection with a reset (RST), as a crashed server or a firewall does.</summary>
    public void Reset()
    {
        _reset = true;
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Close();
    }

    /// <summary>Ends the connection in order (FIN), the server's side first.</summary>
    public void Close()
    {
        if (_finSent || _reset) return;
        _finSent = true;
        _socket.Shutdown(SocketShutdown.Send);
    }

    /// <summary>
    /// After the script: closes in order unless it reset, and lets the client close its side before the socket goes
    /// (a socket disposed while its reader waits would end with a reset the script never asked for).
    /// </summary>
    public async Task FinishAsync(CancellationToken ct)
    {
        if (_reset) return;
        try
        {
            Close();
        }
        catch (SocketException)
        {
            return;
        }
        await Task.WhenAny(_reader, Task.Delay(Timeout.Infinite, ct));
    }

    /// <summary>Stays connected and says nothing until the test ends.</summary>
    public Task StaySilentAsync(CancellationToken ct) => Task.Delay(Timeout.Infinite, ct);

    private async Task ReadAllAsync()
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await _socket.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0) break;
                lock (_received) _received.Write(buffer, 0, read);
                _arrived.Release();
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Reset by either side: what arrived is kept.
        }
        lock (_received) _clientClosed = true;
        _arrived.Release();
    }
}
