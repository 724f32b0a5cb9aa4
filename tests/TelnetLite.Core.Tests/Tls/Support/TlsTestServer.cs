using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Tls.Support;

/// <summary>Loopback servers for the client's handshake: a real TLS server (SslStream) with the certificate a test made,
/// or one that behaves as a broken or mistaken server does on the wire (a plain-text greeting, silence, an alert).</summary>
internal sealed class TlsTestServer : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private TlsTestServer(Func<Socket, CancellationToken, Task> handler) => _server = new LoopbackServer(handler);

    public int Port => _server.Port;

    /// <summary>A TLS server presenting <paramref name="certificate"/> (with <paramref name="chain"/> sent after it) that
    /// greets with <c>220 tls.test ready</c> once the handshake is done.</summary>
    public static TlsTestServer WithCertificate(X509Certificate2 certificate, params X509Certificate2[] chain) => new(async (socket, cancellationToken) =>
    {
        await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: false));
        try
        {
            var context = SslStreamCertificateContext.Create(certificate, [.. chain], offline: true);
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificateContext = context }, cancellationToken);
            await tls.WriteAsync("220 tls.test ready\r\n"u8.ToArray(), cancellationToken);
            await DrainAsync(tls, cancellationToken);
        }
        catch (AuthenticationException)
        {
            // The client refused the certificate: that is what some tests want.
        }
    });

    /// <summary>A plain SMTP server: its greeting at once, whatever the client sends (what <c>--tls</c> on port 25 meets).</summary>
    public static TlsTestServer PlainTextGreeting(string greeting) => new(async (socket, cancellationToken) =>
    {
        await socket.SendAsync(Encoding.ASCII.GetBytes(greeting + "\r\n"), SocketFlags.None, cancellationToken);
        await DrainAsync(new NetworkStream(socket, ownsSocket: false), cancellationToken);
    });

    /// <summary>Reads the ClientHello, then closes without a word.</summary>
    public static TlsTestServer ClosesAfterHello() => new(async (socket, cancellationToken) =>
    {
        await socket.ReceiveAsync(new byte[16 * 1024], SocketFlags.None, cancellationToken);
        socket.Shutdown(SocketShutdown.Send);
        await DrainAsync(new NetworkStream(socket, ownsSocket: false), cancellationToken);
    });

    /// <summary>Reads the ClientHello and never answers.</summary>
    public static TlsTestServer Silent() => new(async (socket, cancellationToken) =>
        await DrainAsync(new NetworkStream(socket, ownsSocket: false), cancellationToken));

    /// <summary>Reads the ClientHello and answers with <paramref name="records"/> (alerts, an old ServerHello), then closes its side.</summary>
    public static TlsTestServer Answers(byte[] records) => new(async (socket, cancellationToken) =>
    {
        await socket.ReceiveAsync(new byte[16 * 1024], SocketFlags.None, cancellationToken);
        await socket.SendAsync(records, SocketFlags.None, cancellationToken);
        socket.Shutdown(SocketShutdown.Send);
        await DrainAsync(new NetworkStream(socket, ownsSocket: false), cancellationToken);
    });

    /// <summary>A fatal alert record (RFC 8446 §6) with <paramref name="description"/>: 70 protocol_version, 40 handshake_failure...</summary>
    public static byte[] FatalAlert(byte description) => [21, 3, 3, 0, 2, 2, description];

    /// <summary>A ServerHello record offering TLS 1.0 (0x0301), as a server stuck on old protocols sends.</summary>
    public static byte[] Tls10ServerHello()
    {
        byte[] body = [3, 1, .. new byte[32], 0, 0xC0, 0x13, 0];
        byte[] handshake = [2, 0, 0, (byte)body.Length, .. body];
        return [22, 3, 1, 0, (byte)handshake.Length, .. handshake];
    }

    /// <summary>A connected client stream to this server.</summary>
    public async Task<(TcpClient Client, NetworkStream Stream)> ConnectAsync()
    {
        var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync(IPAddress.Loopback, Port);
        return (client, client.GetStream());
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    // Waits for the client to go away, so the server never resets a connection the test still reads.
    private static async Task DrainAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (await stream.ReadAsync(buffer, cancellationToken) > 0)
            {
            }
        }
        catch (AuthenticationException)
        {
        }
    }
}
