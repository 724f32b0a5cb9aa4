using System.Net.Sockets;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Support;

/// <summary>
/// A server nobody should trust, on a free loopback port: it plays a script against each client (send given bytes,
/// drip them, flood, reset, stay silent, close) and keeps every byte the client sent, so a test can check what
/// reached the server.
/// </summary>
/// <example><code>
/// await using var peer = HostilePeer.Start(async (client, ct) =>
/// {
///     await client.SendAsync("220 evil \u001b]0;PWNED\u0007\r\n", ct);
///     await client.ReadLineAsync(ct);
///     client.Reset();
/// });
/// </code></example>
internal sealed class HostilePeer : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly TaskCompletionSource<HostileConnection> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostilePeer(Func<HostileConnection, CancellationToken, Task> script)
    {
        _server = new LoopbackServer(async (socket, ct) =>
        {
            var connection = new HostileConnection(socket);
            _first.TrySetResult(connection);
            try
            {
                await script(connection, ct);
                await connection.FinishAsync(ct);
            }
            finally
            {
                _finished.TrySetResult();
            }
        });
    }

    public int Port => _server.Port;

    /// <summary>The first client, once it connected.</summary>
    public Task<HostileConnection> Connection => _first.Task;

    /// <summary>Completes when the script has run to its end (or failed) for the first client.</summary>
    public Task Finished => _finished.Task;

    /// <summary>Starts listening; <paramref name="script"/> runs for each client that connects.</summary>
    public static HostilePeer Start(Func<HostileConnection, CancellationToken, Task> script) => new(script);

    /// <summary>Everything the first client sent, or nothing when none connected.</summary>
    public byte[] Received => _first.Task.IsCompletedSuccessfully ? _first.Task.Result.Received : [];

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
