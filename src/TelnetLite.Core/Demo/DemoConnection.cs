using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace TelnetLite.Core.Demo;

/// <summary>One client's socket, plain or TLS, with every read and write bounded by the idle timeout.</summary>
internal sealed class DemoConnection : IAsyncDisposable
{
    private readonly NetworkStream _network;
    private readonly CancellationTokenSource _idle;
    private readonly TimeSpan _idleTimeout;
    private readonly DemoLineReader _reader;
    private Stream _stream;

    public DemoConnection(Socket socket, int maxLineLength, TimeSpan idleTimeout, CancellationToken serverStopping)
    {
        _network = new NetworkStream(socket, ownsSocket: true);
        _stream = _network;
        _reader = new DemoLineReader(_network, maxLineLength);
        _idleTimeout = idleTimeout;
        _idle = CancellationTokenSource.CreateLinkedTokenSource(serverStopping);
    }

    /// <summary>Writes one reply; several lines are already joined by CR LF.</summary>
    public async Task ReplyAsync(string reply)
    {
        var bytes = Encoding.Latin1.GetBytes(reply + "\r\n");
        await _stream.WriteAsync(bytes, Arm()).ConfigureAwait(false);
    }

    /// <summary>The next line from the client; null when it closed the connection.</summary>
    public ValueTask<DemoLine?> ReadLineAsync() => _reader.ReadLineAsync(Arm());

    /// <summary>Reads a BDAT chunk into <paramref name="sink"/>, or drops it when null; false when the client closed first.</summary>
    /// <remarks>The whole chunk must arrive within one idle timeout.</remarks>
    public ValueTask<bool> ReadExactAsync(long count, Stream? sink) => _reader.ReadExactAsync(count, sink, Arm());

    /// <summary>Turns the connection into TLS as the server, dropping any plain text read ahead.</summary>
    public async Task UpgradeToTlsAsync(X509Certificate2 certificate)
    {
        var tls = new SslStream(_network, leaveInnerStreamOpen: true);
        _stream = tls;
        var options = new SslServerAuthenticationOptions { ServerCertificate = certificate, ClientCertificateRequired = false };
        await tls.AuthenticateAsServerAsync(options, Arm()).ConfigureAwait(false);
        _reader.Restart(tls);
    }

    /// <summary>A last reply to a client that went silent, given up on after two seconds.</summary>
    public async Task SayGoodbyeAsync(string reply)
    {
        try
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), grace.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or NotSupportedException or InvalidOperationException)
        {
            // A client that went silent may also have stopped reading, or be half way through a TLS handshake.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _idle.Dispose();
        await _stream.DisposeAsync().ConfigureAwait(false);
        await _network.DisposeAsync().ConfigureAwait(false);
    }

    // Each read or write restarts the idle clock, so a client is cut off only after that long without progress.
    private CancellationToken Arm()
    {
        _idle.CancelAfter(_idleTimeout);
        return _idle.Token;
    }
}
