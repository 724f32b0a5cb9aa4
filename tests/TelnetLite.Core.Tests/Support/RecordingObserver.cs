using System.Collections.Concurrent;
using System.Text;
using TelnetLite.Core.Session;

namespace TelnetLite.Core.Tests.Support;

/// <summary>Keeps every session event and lets a test wait for one.</summary>
internal sealed class RecordingObserver : ISessionObserver
{
    private readonly ConcurrentQueue<SessionEvent> _events = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public IReadOnlyList<SessionEvent> Events => [.. _events];

    public string ReceivedText => Encoding.UTF8.GetString(
        _events.OfType<DataReceivedEvent>().SelectMany(e => e.Data.ToArray()).ToArray());

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        _events.Enqueue(sessionEvent);
        _arrived.Release();
    }

    public async Task<T> WaitForAsync<T>(Func<T, bool>? predicate = null, int timeoutMs = 10_000) where T : SessionEvent
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        while (true)
        {
            var found = _events.OfType<T>().FirstOrDefault(e => predicate?.Invoke(e) ?? true);
            if (found is not null) return found;
            try { await _arrived.WaitAsync(timeout.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"no {typeof(T).Name} in time; saw: {string.Join(", ", _events.Select(e => e.GetType().Name))}"); }
        }
    }

    public async Task WaitForTextAsync(string text, int timeoutMs = 10_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        while (!ReceivedText.Contains(text, StringComparison.Ordinal))
        {
            try { await _arrived.WaitAsync(timeout.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"'{text}' not received; got: {ReceivedText}"); }
        }
    }
}
