using System.Net.Sockets;
using System.Text;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Scripts.Support;

/// <summary>
/// An SMTP peer that answers every command late and notes each time the client sent more before the answer went out
/// (a client that pipelines or does not wait). Message lines after 354 are read until the lone ".".
/// </summary>
internal sealed class LockStepPeer : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private int _linesSentAhead;
    private int _commands;

    public LockStepPeer()
    {
        _server = new LoopbackServer(ServeAsync);
    }

    public int Port => _server.Port;

    public int LinesSentAhead => Volatile.Read(ref _linesSentAhead);

    public int Commands => Volatile.Read(ref _commands);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task ServeAsync(Socket socket, CancellationToken cancellationToken)
    {
        await SendAsync(socket, "220 slow.test ESMTP", cancellationToken);
        var pending = new List<byte>();
        var buffer = new byte[4096];
        var inMessage = false;
        while (true)
        {
            var newline = pending.IndexOf((byte)'\n');
            if (newline < 0)
            {
                var read = await socket.ReceiveAsync(buffer, cancellationToken);
                if (read == 0) return;
                pending.AddRange(buffer.AsSpan(0, read));
                continue;
            }

            var line = Encoding.ASCII.GetString([.. pending.Take(newline)]).TrimEnd('\r');
            pending.RemoveRange(0, newline + 1);
            if (inMessage)
            {
                if (line != ".") continue;
                inMessage = false;
            }

            Interlocked.Increment(ref _commands);
            // Long enough that a client which does not wait would have written its next line by now.
            await Task.Delay(150, cancellationToken);
            if (socket.Available > 0 || pending.Count > 0) Interlocked.Increment(ref _linesSentAhead);
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb == "DATA")
            {
                inMessage = true;
                await SendAsync(socket, "354 go ahead", cancellationToken);
            }
            else if (verb == "QUIT")
            {
                await SendAsync(socket, "221 bye", cancellationToken);
                return;
            }
            else
            {
                await SendAsync(socket, "250 ok", cancellationToken);
            }
        }
    }

    private static async Task SendAsync(Socket socket, string line, CancellationToken cancellationToken) =>
        await socket.SendAsync(Encoding.ASCII.GetBytes(line + "\r\n"), cancellationToken);
}
