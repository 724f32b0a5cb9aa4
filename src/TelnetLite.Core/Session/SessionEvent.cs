namespace TelnetLite.Core.Session;

/// <summary>
/// Something that happened in a session, delivered to every <see cref="ISessionObserver"/> in the order it happened.
/// </summary>
/// <remarks>
/// Events are immutable and carry their own copy of any bytes, so an observer may keep them.
/// The session engine raises them from one dispatcher, never from the socket read loop, so a slow
/// observer delays the others but never the network.
/// </remarks>
/// <param name="Time">When the event happened, in local time with offset.</param>
public abstract record SessionEvent(DateTimeOffset Time);
