namespace TelnetLite.Core.Events;

/// <summary>Bytes the server sent, after Telnet processing removed commands and negotiation.</summary>
/// <remarks>
/// Chunks follow the network, not lines. Published for front ends that pass bytes through as they come
/// (<c>--raw-output</c>, plain mode's screen); everything line-based reads <see cref="LinesReceivedEvent"/> instead.
/// </remarks>
public sealed record DataReceivedEvent(DateTimeOffset Time, ReadOnlyMemory<byte> Data) : SessionEvent(Time);

/// <summary>The lines one received chunk completed, cut once by the session for every line-based subscriber.</summary>
/// <remarks>
/// Follows the <see cref="DataReceivedEvent"/> of the same chunk. A line with <see cref="LineEnding.None"/> is either a
/// piece of an over-long line (<see cref="ReceivedLine.IsCut"/>) or the unfinished line taken when the connection went
/// quiet or ended (a prompt): what follows it starts a new line.
/// </remarks>
/// <param name="AfterGap">
/// Lines were not cut for a while before these (nobody needed them: no log, no transcript, an assistant sure the
/// conversation is not its protocol), so they do not continue what came before; they start on a line boundary.
/// </param>
internal sealed record LinesReceivedEvent(DateTimeOffset Time, IReadOnlyList<ReceivedLine> Lines, bool AfterGap = false) : SessionEvent(Time);

/// <summary>
/// Everything one read brought has been delivered: its data, its lines and what they made the assistant say. A front
/// end that holds back an unfinished line (so an explanation never lands in the middle of it) shows it now.
/// </summary>
public sealed record ReadDeliveredEvent(DateTimeOffset Time) : SessionEvent(Time);

/// <summary>A line the user sent, without its line ending, exactly as it went on the wire before Telnet escaping.</summary>
/// <param name="Secret">True for credentials (AUTH); logs write <c>******** (redacted)</c> instead of the text.</param>
internal sealed record LineSentEvent(DateTimeOffset Time, ReadOnlyMemory<byte> Line, bool Secret) : SessionEvent(Time)
{
    /// <summary>
    /// True when the line is held until a switch of transport already under way (the TLS handshake after STARTTLS's 220)
    /// is done: it goes encrypted, if at all, although TLS has not started yet when it is announced.
    /// </summary>
    public bool HeldForSwitch { get; init; }
}

/// <summary>The connection has been quiet for the idle interval (0.5 s) after receiving data.</summary>
/// <remarks>Raised once per burst, after the unfinished line (a prompt), if any, was published as a line.</remarks>
public sealed record ReceiveIdleEvent(DateTimeOffset Time) : SessionEvent(Time);

/// <summary>The server started (WILL ECHO) or stopped echoing what we send; local echo follows it.</summary>
internal sealed record RemoteEchoChangedEvent(DateTimeOffset Time, bool ServerEchoes) : SessionEvent(Time);
