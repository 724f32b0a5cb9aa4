namespace TelnetLite.Core.Session;

/// <summary>
/// Bytes the server sent, after Telnet processing removed commands and negotiation.
/// </summary>
/// <remarks>Chunks follow the network, not lines: a line may be split across events.</remarks>
public sealed record DataReceivedEvent(DateTimeOffset Time, ReadOnlyMemory<byte> Data) : SessionEvent(Time);
