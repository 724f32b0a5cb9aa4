namespace TelnetLite.Core.Session;

/// <summary>A transport switch armed on a connection (STARTTLS): when to switch, how, and whom to tell.</summary>
/// <param name="Trigger">Asked about each received line until it answers something other than <see cref="StreamSwitchVerdict.Wait"/>;
/// null switches before the first read (TLS from the first byte).</param>
/// <param name="Replace">Wraps the current stream; runs on the read loop with writes held. Null means the switch failed
/// and the replacer has said why: the connection then closes.</param>
/// <param name="Failed">Told of an unexpected exception from <paramref name="Replace"/>; the connection then closes.</param>
/// <param name="Discarded">Told how many bytes arrived after the trigger line and were dropped unread, when any did.</param>
internal sealed record StreamSwitch(
    Func<ReceivedLine, StreamSwitchVerdict>? Trigger,
    Func<Stream, CancellationToken, Task<Stream?>> Replace,
    Action<Exception>? Failed,
    Action<int>? Discarded = null);
