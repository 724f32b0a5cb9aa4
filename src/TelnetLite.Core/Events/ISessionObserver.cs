namespace TelnetLite.Core.Events;

/// <summary>A subscriber to a session's events: the log, the assistant, a front end, a script runner.</summary>
/// <remarks>
/// Called on the session's dispatcher, one event at a time, in order. Must be quick and must not throw; one that
/// throws is reported once as a note and then unsubscribed. A subscriber reads the event types it needs and ignores
/// the rest. While the read loop waits for a chunk's subscribers, the server is slowed by TCP: a slow subscriber
/// slows the server, never fills memory.
/// </remarks>
public interface ISessionObserver
{
    /// <summary>Handles one event.</summary>
    void OnSessionEvent(SessionEvent sessionEvent);
}
