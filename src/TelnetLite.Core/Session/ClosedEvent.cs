namespace TelnetLite.Core.Session;

/// <summary>The connection ended.</summary>
/// <param name="Detail">For an abnormal end, the socket error in words.</param>
public sealed record ClosedEvent(DateTimeOffset Time, CloseReason Reason, string? Detail) : SessionEvent(Time);
