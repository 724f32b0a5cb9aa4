using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Session;

/// <summary>
/// The first subscriber: keeps the connection state and follows the server's echo with local echo, so that every
/// later subscriber of the same event already sees the settings it implies.
/// </summary>
internal sealed class ConnectionStateTracker : ISessionObserver
{
    private readonly SessionSettings _settings;
    private readonly Action _changed;
    private volatile ConnectionState _state = ConnectionState.NotConnected;
    private bool? _localEchoBeforeServerEcho;

    /// <param name="changed">Told of every change a status bar could show.</param>
    public ConnectionStateTracker(SessionSettings settings, Action changed)
    {
        _settings = settings;
        _changed = changed;
    }

    public ConnectionState State => _state;

    public DateTimeOffset? ConnectingSince { get; private set; }

    public void BeginConnecting(DateTimeOffset now)
    {
        ConnectingSince = now;
        Set(ConnectionState.Connecting);
    }

    public void Set(ConnectionState state)
    {
        _state = state;
        _changed();
    }

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case DataReceivedEvent or ReadDeliveredEvent:
                // The read's lines are in the same delivery: one status change for all of it.
                return;
            case RemoteEchoChangedEvent { ServerEchoes: true }:
                _localEchoBeforeServerEcho ??= _settings.LocalEcho;
                _settings.LocalEcho = false;
                break;
            case RemoteEchoChangedEvent:
                _settings.LocalEcho = _localEchoBeforeServerEcho ?? true;
                _localEchoBeforeServerEcho = null;
                break;
            case ClosedEvent:
                if (_localEchoBeforeServerEcho is { } before) _settings.LocalEcho = before;
                _localEchoBeforeServerEcho = null;
                _state = ConnectionState.Closed;
                break;
        }
        _changed();
    }
}
