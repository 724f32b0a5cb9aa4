using System.Threading.Channels;

namespace TelnetLite.Core.Session;

/// <summary>Hands session events to every subscriber, one at a time, in the order they were posted.</summary>
/// <remarks>
/// <para>What a subscriber publishes while handling an event (the assistant's annotation of a reply, the log's write
/// failure) is delivered right after that event, to every subscriber, before anything posted later: so a reply is
/// always followed by its explanation, everywhere.</para>
/// <para>Back-pressure: the read loop delivers each received chunk with <see cref="DeliverAsync"/> and reads again only
/// once every subscriber has handled it. Received data in TelnetLite is therefore bounded by one read buffer however
/// fast the server writes, a line read from the socket is in the log before the next read, and a slow screen slows
/// the server through TCP instead of filling memory. Only front ends' own posts (notes, sent lines) queue here.</para>
/// <para>When nothing is queued, the read loop delivers its chunk itself, on its own thread: a flood costs no thread
/// hop per read. One delivery runs at a time whoever runs it, so the order is the same either way.</para>
/// </remarks>
internal sealed class SessionDispatcher : IAsyncDisposable
{
    private readonly Channel<Item> _queue = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Queue<SessionEvent> _derived = new();
    private readonly Lock _gate = new();
    // Held while anything is delivered, by the dispatcher's loop or by the read loop delivering inline.
    private readonly Lock _delivery = new();
    private readonly Task _loop;
    // Posted and not yet delivered: the read loop may deliver inline only when nothing is waiting ahead of it.
    private int _queued;
    private volatile ISessionObserver[] _observers = [];
    private (ISessionObserver Observer, int Order)[] _ordered = [];
    private int _deliveringThread = -1;

    public SessionDispatcher() => _loop = Task.Run(RunAsync);

    /// <summary>Raised when a subscriber throws; it is then removed so one bad consumer cannot break the others.</summary>
    public event Action<ISessionObserver, Exception>? ObserverFailed;

    /// <summary>Subscribes an observer; lower <paramref name="order"/> first, equal orders in the order added.</summary>
    public void Add(ISessionObserver observer, int order)
    {
        lock (_gate)
        {
            _ordered = [.. _ordered.Append((Observer: observer, Order: order)).OrderBy(o => o.Order)];
            _observers = [.. _ordered.Select(o => o.Observer)];
        }
    }

    public void Remove(ISessionObserver observer)
    {
        lock (_gate)
        {
            _ordered = [.. _ordered.Where(o => !ReferenceEquals(o.Observer, observer))];
            _observers = [.. _ordered.Select(o => o.Observer)];
        }
    }

    /// <summary>True when called from a subscriber while it handles an event.</summary>
    public bool IsDelivering => Environment.CurrentManagedThreadId == Volatile.Read(ref _deliveringThread);

    /// <summary>Posts an event; from a subscriber handling an event, it is delivered right after that one.</summary>
    public void Post(SessionEvent sessionEvent)
    {
        if (Environment.CurrentManagedThreadId == Volatile.Read(ref _deliveringThread))
        {
            _derived.Enqueue(sessionEvent);
            return;
        }
        Enqueue(new Item(sessionEvent, null, null));
    }

    /// <summary>
    /// Posts a received chunk's events and completes once they, and what subscribers published while handling them,
    /// have been delivered (at once when the dispatcher has shut down).
    /// </summary>
    /// <remarks>Null events are skipped, so a read that carried only Telnet negotiation posts what it has.</remarks>
    public Task DeliverAsync(params SessionEvent?[] events)
    {
        lock (_delivery)
        {
            if (Volatile.Read(ref _queued) == 0)
            {
                DeliverEach(events);
                return Task.CompletedTask;
            }
        }
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!Enqueue(new Item(null, events, delivered))) delivered.TrySetResult();
        return delivered.Task;
    }

    /// <summary>Completes once every event posted before the call has been delivered.</summary>
    public Task DrainAsync()
    {
        var drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!Enqueue(new Item(null, null, drained))) drained.TrySetResult();
        return drained.Task;
    }

    private bool Enqueue(Item item)
    {
        Interlocked.Increment(ref _queued);
        if (_queue.Writer.TryWrite(item)) return true;
        Interlocked.Decrement(ref _queued);
        return false;
    }

    private async Task RunAsync()
    {
        await foreach (var item in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            lock (_delivery)
            {
                if (item.Event is { } single) Deliver(single);
                if (item.More is { } more) DeliverEach(more);
                Interlocked.Decrement(ref _queued);
            }
            item.Done?.TrySetResult();
        }
    }

    private void DeliverEach(SessionEvent?[] events)
    {
        foreach (var sessionEvent in events)
        {
            if (sessionEvent is not null) Deliver(sessionEvent);
        }
    }

    private void Deliver(SessionEvent sessionEvent)
    {
        Volatile.Write(ref _deliveringThread, Environment.CurrentManagedThreadId);
        try
        {
            DeliverToAll(sessionEvent);
            while (_derived.TryDequeue(out var derived)) DeliverToAll(derived);
        }
        finally
        {
            Volatile.Write(ref _deliveringThread, -1);
        }
    }

    private void DeliverToAll(SessionEvent sessionEvent)
    {
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

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private readonly record struct Item(SessionEvent? Event, SessionEvent?[]? More, TaskCompletionSource? Done);
}
