using System.Net;
using System.Net.Sockets;

namespace TelnetLite.Core.Tests.Support;

/// <summary>A real TCP server on a free loopback port that runs a handler for each accepted client.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly List<Task> _clients = [];

    public LoopbackServer(Func<Socket, CancellationToken, Task> handler, IPAddress? address = null)
    {
        _listener = new TcpListener(address ?? IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    var client = await _listener.AcceptSocketAsync(_stop.Token);
                    lock (_clients) _clients.Add(Task.Run(async () =>
                    {
                        using (client)
                        {
                            try { await handler(client, _stop.Token); }
                            catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException) { }
                        }
                    }));
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { }
        });
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IPAddress Address => ((IPEndPoint)_listener.LocalEndpoint).Address;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        Task[] clients;
        lock (_clients) clients = [.. _clients];
        await Task.WhenAll(clients);
    }
}
