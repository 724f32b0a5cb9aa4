using System.Net.Sockets;
using System.Text;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Scripts.Support;

/// <summary>Loopback peers that misbehave on purpose, and one that records how lines arrive.</summary>
internal static class SilentSmtpPeer
{
    /// <summary>Accepts and never says a word.</summary>
    public static LoopbackServer NeverGreets() => new(async (_, cancellationToken) => await Task.Delay(Timeout.Infinite, cancellationToken));

    /// <summary>Greets, then reads forever without answering.</summary>
    public static LoopbackServer GreetsThenNeverAnswers() => new(async (socket, cancellationToken) =>
    {
        await socket.SendAsync(Encoding.ASCII.GetBytes("220 silent.test ESMTP\r\n"), cancellationToken);
        var buffer = new byte[1024];
        while (await socket.ReceiveAsync(buffer, cancellationToken) > 0)
        {
        }
    });

    /// <summary>Greets, reads one line, then closes without answering it.</summary>
    public static LoopbackServer GreetsThenHangsUp() => new(async (socket, cancellationToken) =>
    {
        await socket.SendAsync(Encoding.ASCII.GetBytes("220 rude.test ESMTP\r\n"), cancellationToken);
        var buffer = new byte[1024];
        await socket.ReceiveAsync(buffer, cancellationToken);
        socket.Shutdown(SocketShutdown.Both);
    });
}
