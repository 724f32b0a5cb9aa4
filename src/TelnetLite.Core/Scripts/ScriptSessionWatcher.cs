using TelnetLite.Core.Session;

namespace TelnetLite.Core.Scripts;

/// <summary>Tells the runner how a connection ended, and wakes it on every session event.</summary>
internal sealed class ScriptSessionWatcher : ISessionObserver
{
    public event Action<CloseReason>? Closed;

    public event Action? Changed;

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        if (sessionEvent is ClosedEvent closed) Closed?.Invoke(closed.Reason);
        Changed?.Invoke();
    }
}
