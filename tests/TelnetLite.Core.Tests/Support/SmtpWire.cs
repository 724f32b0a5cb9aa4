using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TelnetLite.Core.Tests.Support;

/// <summary>A bare SMTP conversation over a real socket for peer tests: whole replies in, lines out, and the stream
/// swapped for a TLS one after STARTTLS. Every wait is bounded so a silent peer fails the test instead of hanging it.</summary>
internal sealed class SmtpWire : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TcpClient _tcp;
    private readonly byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;

    private SmtpWire(TcpClient tcp)
    {
        _tcp = tcp;
        Stream = tcp.GetStream();
    }

    /// <summary>The stream in use: the socket's, then the TLS one given to <see cref="SwitchTo"/>.</summary>
    public Stream Stream { get; private set; }

    /// <summary>The plain socket stream, for the TLS handshake.</summary>
    public NetworkStream Network => _tcp.GetStream();

    public static async Task<SmtpWire> ConnectAsync(int port)
    {
        var tcp = new TcpClient(AddressFamily.InterNetwork);
        await tcp.ConnectAsync(IPAddress.Loopback, port).WaitAsync(Patience);
        return new SmtpWire(tcp);
    }

    /// <summary>Sends a line and returns the whole reply, its lines joined by LF.</summary>
    public async Task<string> CommandAsync(string line)
    {
        await Stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\r\n")).AsTask().WaitAsync(Patience);
        return await ReadReplyAsync();
    }

    public async Task<string> ReadReplyAsync()
    {
        var lines = new List<string>();
        while (true)
        {
            var line = await ReadLineAsync() ?? throw new IOException("the peer closed the connection; got: " + string.Join("|", lines));
            lines.Add(line);
            if (line.Length < 4 || line[3] != '-') return string.Join("\n", lines);
        }
    }

    /// <summary>Uses <paramref name="tls"/> from now on; nothing may be left unread from the plain stream (RFC 3207 §6).</summary>
    public void SwitchTo(Stream tls)
    {
        if (_start != _end) throw new InvalidOperationException("bytes arrived after the 220 to STARTTLS: they would have to be discarded");
        Stream = tls;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
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
                _end = await Stream.ReadAsync(_buffer).AsTask().WaitAsync(Patience);
                if (_end == 0) return line.Count == 0 ? null : throw new IOException("the peer closed the connection in the middle of a line");
            }

            var b = _buffer[_start++];
            if (b == (byte)'\n') return Encoding.UTF8.GetString([.. line]).TrimEnd('\r');
            line.Add(b);
        }
    }
}
