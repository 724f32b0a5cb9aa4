using System.Collections.Concurrent;

namespace TelnetLite.Tests.Support;

/// <summary>
/// Stands in for Terminal.Gui's main loop: continuations posted to it wait until the test runs a turn, and the test
/// counts the turns a piece of work needed.
/// </summary>
internal sealed class TurnCountingContext : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _posted = [];

    public int Turns { get; private set; }

    public override void Post(SendOrPostCallback d, object? state) => _posted.Add((d, state));

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("the UI thread is never waited on");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs <paramref name="start"/> as the first turn, then one posted continuation per turn until <paramref name="done"/>.</summary>
    /// <remarks>The wait for a continuation is bounded only so that a broken model fails the test instead of hanging it.</remarks>
    public void RunUntil(Action start, Func<bool> done)
    {
        Post(_ => start(), null);
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (!done())
            {
                if (!_posted.TryTake(out var item, TimeSpan.FromSeconds(30))) throw new TimeoutException("nothing was posted to the UI thread");
                Turns++;
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
