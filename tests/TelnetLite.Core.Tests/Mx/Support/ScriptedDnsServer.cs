using System.Net;
using System.Net.Sockets;

namespace TelnetLite.Core.Tests.Mx.Support;

/// <summary>A real UDP DNS responder on a free loopback port that answers every question with one response code and no
/// records (SERVFAIL, FORMERR...), or never answers at all: the failures dnsmasq cannot be made to give on demand.</summary>
internal sealed class ScriptedDnsServer : IAsyncDisposable
{
    private const int HeaderLength = 12;
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _questions;

    /// <param name="responseCode">The RCODE to answer with (RFC 1035 §4.1.1), or null to stay silent.</param>
    public ScriptedDnsServer(int? responseCode)
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _loop = Task.Run(() => ServeAsync(responseCode));
    }

    public IPEndPoint EndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    /// <summary>How many questions arrived (retries included).</summary>
    public int Questions => Volatile.Read(ref _questions);

    private async Task ServeAsync(int? responseCode)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), _stop.Token);
                Interlocked.Increment(ref _questions);
                if (responseCode is not { } code || received.ReceivedBytes < HeaderLength) continue;
                var answer = Answer(buffer.AsSpan(0, received.ReceivedBytes), code);
                await _socket.SendToAsync(answer, SocketFlags.None, received.RemoteEndPoint, _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    // The question echoed back with QR set, the code given, and no records; EDNS and anything after the question dropped.
    private static byte[] Answer(ReadOnlySpan<byte> query, int code)
    {
        var end = HeaderLength;
        while (end < query.Length && query[end] != 0) end += query[end] + 1;
        end = Math.Min(end + 5, query.Length);
        var answer = query[..end].ToArray();
        answer[2] = (byte)(0x80 | (query[2] & 0x79));
        answer[3] = (byte)(0x80 | (code & 0x0F));
        answer[4] = 0;
        answer[5] = 1;
        Array.Clear(answer, 6, 6);
        return answer;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        await _loop;
        _stop.Dispose();
    }
}
