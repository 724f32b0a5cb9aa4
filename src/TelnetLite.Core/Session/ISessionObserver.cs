namespace TelnetLite.Core.Session;

/// <summary>A consumer of the session pipeline: the screen, the log, the protocol assistant.</summary>
/// <remarks>
/// Called on the session's dispatcher, one event at a time, in order. Must not block for long and must not
/// throw; an observer that throws is reported once as a note and then skipped.
/// </remarks>
public interface ISessionObserver
{
    /// <summary>Handles one event.</summary>
    void OnSessionEvent(SessionEvent sessionEvent);
}
