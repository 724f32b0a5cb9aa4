using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>
/// A small SMTP server whose reply to one command the test holds back (DATA by default) until it says so: what a
/// client sends meanwhile shows whether it waited. It greets as ESMTP, answers everything else at once, offers no
/// PIPELINING, and keeps every line it received.
/// </summary>
internal sealed class HeldReplySmtpServer : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _received = new();
    private readonly string _heldVerb;

    public HeldReplySmtpServer(string heldVerb = "DATA")
    {
        _heldVerb = heldVerb;
        _server = new LoopbackServer(ServeAsync);
    }

    public int Port => _server.Port;

    /// <summary>Every line received so far, in order.</summary>
    public IReadOnlyList<string> Received => [.. _received];

    /// <summary>Lets the held reply go.</summary>
    public void Release() => _released.TrySetResult();

    public ValueTask DisposeAsync()
    {
        Release();
        return _server.DisposeAsync();
    }

    private async Task ServeAsync(Socket socket, CancellationToken cancellationToken)
    {
        await using var stream = new NetworkStream(socket);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        async Task Say(string reply) => await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), cancellationToken);
        await Say("220 mail1.fabrikam.test ESMTP ready");
        var inMessage = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            _received.Enqueue(line);
            if (inMessage)
            {
                if (line != ".") continue;
                inMessage = false;
                await Say("250 2.6.0 queued");
                continue;
            }
            var verb = line.Split(' ', ':')[0].ToUpperInvariant();
            if (verb == _heldVerb) await _released.Task.WaitAsync(cancellationToken);
            switch (verb)
            {
                case "EHLO":
                    await Say("250-mail1.fabrikam.test Hello\r\n250 8BITMIME");
                    break;
                case "DATA":
                    inMessage = true;
                    await Say("354 Start mail input; end with <CRLF>.<CRLF>");
                    break;
                case "QUIT":
                    await Say("221 2.0.0 Bye");
                    return;
                default:
                    await Say("250 2.1.0 OK");
                    break;
            }
        }
    }
}
