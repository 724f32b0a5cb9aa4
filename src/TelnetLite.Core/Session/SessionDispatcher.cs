using System.Threading.Channels;

namespace TelnetLite.Core.Session;

/// <summary>Hands session events to every observer, one at a time, in the order they were posted.</summary>
/// <remarks>
/// The socket loop only posts; a slow screen or log therefore never stalls reading. The queue is unbounded on purpose:
/// a front end that cannot keep up batches, and memory is bounded there by the scrollback limit.
/// </remarks>
internal sealed class SessionDispatcher : IAsyncDisposable
{
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private volatile ISessionObserver[] _observers = [];
    private readonly Lock _gate = new();

    public SessionDispatcher() => _loop = Task.Run(RunAsync);

    /// <summary>Raised when an observer throws; it is then removed so one bad consumer cannot break the others.</summary>
    public event Action<ISessionObserver, Exception>? ObserverFailed;

    public void Add(ISessionObserver observer)
    {
        lock (_gate) _observers = [.. _observers, observer];
    }

    public void Remove(ISessionObserver observer)
    {
        lock (_gate) _observers = _observers.Where(o => !ReferenceEquals(o, observer)).ToArray();
    }

    public void Post(SessionEvent sessionEvent) => _queue.Writer.TryWrite(sessionEvent);

    /// <summary>Completes once every event posted before the call has been delivered.</summary>
    public Task DrainAsync()
    {
        var drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(drained)) drained.TrySetResult();
        return drained.Task;
    }

    private async Task RunAsync()
    {
        await foreach (var item in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (item is TaskCompletionSource drained)
            {
                drained.TrySetResult();
                continue;
            }
            var sessionEvent = (SessionEvent)item;
            foreach (var observer in _observers)
            {
                try
                {
                    observer.OnSessionEvent(sessionEvent);
                }
                catch (Exception e)
                {
                    Remove(observer);
                    ObserverFailed?.Invoke(observer, e);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }
}
