namespace TelnetLite.Core.Session;

/// <summary>
/// Follows whose turn it is with a server that echoes what is typed (a Telnet login, a shell): after a line is sent,
/// the server's turn is over once it has answered and then gone quiet, as a person waits for the next prompt.
/// </summary>
/// <remarks>
/// Plain mode asks it before each piped line it sends to such a server, so that a password goes after its
/// <c>Password:</c> prompt (and is recognised as one) instead of being typed ahead. Fed on the session's dispatcher;
/// its members may be used from any thread.
/// </remarks>
internal sealed class ServerTurnWatcher : ISessionObserver
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _turnOver = Completed();
    private bool _answered;
    private volatile bool _serverEchoes;

    /// <summary>True while the server echoes what is typed (it said WILL ECHO).</summary>
    public bool ServerEchoes => _serverEchoes;

    /// <summary>
    /// Completes when the server's turn after the last line sent is over: it answered and went quiet, or it said
    /// nothing for <paramref name="quiet"/>, or the connection ended.
    /// </summary>
    public async Task WaitForTurnAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        Task turn;
        lock (_gate) turn = _turnOver.Task;
        try
        {
            await turn.WaitAsync(quiet, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A server that does not answer a line (no echo for a password) has had its time.
        }
    }

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case ConnectedEvent:
                _serverEchoes = false;
                EndTurn();
                break;
            case ClosedEvent:
                _serverEchoes = false;
                EndTurn();
                break;
            case RemoteEchoChangedEvent echo:
                _serverEchoes = echo.ServerEchoes;
                break;
            case LineSentEvent:
                lock (_gate)
                {
                    _answered = false;
                    if (_turnOver.Task.IsCompleted) _turnOver = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
                break;
            case DataReceivedEvent:
                lock (_gate) _answered = true;
                break;
            case ReceiveIdleEvent:
                bool answered;
                lock (_gate) answered = _answered;
                if (answered) EndTurn();
                break;
        }
    }

    private void EndTurn()
    {
        TaskCompletionSource turn;
        lock (_gate) turn = _turnOver;
        turn.TrySetResult();
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
