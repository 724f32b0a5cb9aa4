using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace TelnetLite.Core.Tests.Support;

/// <summary>
/// A bare SMTP client over a real loopback socket, for the demo and the peer tests: send lines, read whole replies, switch
/// to TLS (its own trusting handshake, or a stream the product's upgrader made).
/// </summary>
/// <remarks>Every wait is bounded so that a server bug fails the test instead of hanging it.</remarks>
internal sealed class SmtpTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TcpClient _tcp;
    private readonly byte[] _buffer = new byte[4096];
    private Stream _stream;
    private int _start;
    private int _end;

    private SmtpTestClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public X509Certificate? ServerCertificate { get; private set; }

    /// <summary>The plain socket stream, for a handshake made outside (the product's TLS upgrader).</summary>
    public NetworkStream Network => _tcp.GetStream();

    public static async Task<SmtpTestClient> ConnectAsync(IPEndPoint endPoint)
    {
        var tcp = new TcpClient(AddressFamily.InterNetwork);
        await tcp.ConnectAsync(endPoint).WaitAsync(Patience);
        return new SmtpTestClient(tcp);
    }

    public static Task<SmtpTestClient> ConnectAsync(int port) => ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));

    public Task SendAsync(string line) => SendRawAsync(line + "\r\n");

    public async Task SendRawAsync(string text) => await SendBytesAsync(Encoding.Latin1.GetBytes(text));

    public async Task SendBytesAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes).AsTask().WaitAsync(Patience);
        await _stream.FlushAsync().WaitAsync(Patience);
    }

    public async Task<string> CommandAsync(string line)
    {
        await SendAsync(line);
        return await ReadReplyAsync();
    }

    /// <summary>Reads one whole reply; its lines (without CR LF) joined by LF.</summary>
    public async Task<string> ReadReplyAsync()
    {
        var lines = new List<string>();
        while (true)
        {
            var line = await ReadLineAsync() ?? throw new IOException("The server closed the connection in the middle of a reply; got: " + string.Join("|", lines));
            lines.Add(line);
            if (line.Length < 4 || line[3] != '-') return string.Join("\n", lines);
        }
    }

    /// <summary>True when the server has closed the connection (after reading anything it still sent).</summary>
    public async Task<bool> IsClosedByServerAsync()
    {
        try
        {
            while (await ReadLineAsync() is not null)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public async Task StartTlsAsync()
    {
        Assert.Equal(_start, _end);
        var tls = new SslStream(_stream, leaveInnerStreamOpen: false, (_, certificate, _, _) =>
        {
            ServerCertificate = certificate;
            return true;
        });
        await tls.AuthenticateAsClientAsync("mail1.fabrikam.com").WaitAsync(Patience);
        _stream = tls;
    }

    /// <summary>Uses <paramref name="tls"/> from now on; nothing may be left unread from the plain stream (RFC 3207 §6).</summary>
    public void SwitchTo(Stream tls)
    {
        if (_start != _end) throw new InvalidOperationException("bytes arrived after the 220 to STARTTLS: they would have to be discarded");
        _stream = tls;
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }

    private async Task<string?> ReadLineAsync()
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await _stream.ReadAsync(_buffer).AsTask().WaitAsync(Patience);
                if (_end == 0) return line.Count == 0 ? null : throw new IOException("The server closed the connection in the middle of a line.");
            }

            var b = _buffer[_start++];
            if (b == (byte)'\n')
            {
                if (line.Count > 0 && line[^1] == (byte)'\r') line.RemoveAt(line.Count - 1);
                return Encoding.Latin1.GetString([.. line]);
            }

            line.Add(b);
        }
    }
}
