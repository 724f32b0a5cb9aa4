namespace TelnetLite.Core.Events;

/// <summary>
/// Something that happened in a session, delivered to every subscriber in the order it happened.
/// </summary>
/// <remarks>
/// <para>This namespace depends on nothing else in TelnetLite: the session engine, the log, the assistant and the front
/// ends all speak these records, so none of them needs another's types to talk.</para>
/// <para>Events are immutable and their bytes are never reused, so a subscriber may keep them. The session delivers
/// them from one dispatcher, in order; what a subscriber publishes while handling one (an annotation of a reply) is
/// delivered right after it, before anything posted later.</para>
/// </remarks>
/// <param name="Time">When the event happened, in local time with offset.</param>
public abstract record SessionEvent(DateTimeOffset Time);
