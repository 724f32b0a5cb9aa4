namespace TelnetLite.Core.Session;

/// <summary>How a line given to the <see cref="LinePacer"/> waits for its turn.</summary>
/// <param name="Pipelining">With <c>--pipeline</c>: commands may follow unanswered ones when the server offers PIPELINING.</param>
/// <param name="ReplyTimeout">The longest wait for an awaited reply; null waits as long as it takes (the person can clear the queue).</param>
/// <param name="GreetingQuiet">
/// For the first line of a connection from a pipe: how long to wait for a server that has said nothing yet (it may
/// never speak first, as HTTP does); null sends the first line without waiting for the server's turn.
/// </param>
public sealed record PaceOptions(bool Pipelining = false, TimeSpan? ReplyTimeout = null, TimeSpan? GreetingQuiet = null);
