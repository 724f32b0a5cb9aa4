using TelnetLite.Core.Session;
using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class TranscriptInboxTests
{
    private static TranscriptEntry[] Lines(int count, int from = 0) =>
        Enumerable.Range(from, count).Select(i => new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, $"line {i}")).ToArray();

    [Fact]
    public void ABurstIsScheduledOnceAndDeliveredInSlicesSoInputIsReadInBetween()
    {
        var scheduled = new Queue<Action>();
        var slices = new List<int>();
        var inbox = new TranscriptInbox(scheduled.Enqueue, s => slices.Add(s.Count), capacity: 100_000, sliceSize: 1_000);

        inbox.Post(Lines(2_500));
        inbox.Post(Lines(500));

        Assert.Single(scheduled);
        while (scheduled.Count > 0) scheduled.Dequeue()();
        Assert.Equal([1_000, 1_000, 1_000], slices);
    }

    [Fact]
    public void AMillionLinesDrainWhileNoMoreThanTheScrollbackWaits()
    {
        var scheduled = new Queue<Action>();
        var delivered = new List<TranscriptEntry>();
        var inbox = new TranscriptInbox(scheduled.Enqueue, delivered.AddRange, capacity: 10_000, sliceSize: 2_000);
        var maxPending = 0;

        for (var batch = 0; batch < 1_000; batch++)
        {
            inbox.Post(Lines(1_000, batch * 1_000));
            maxPending = Math.Max(maxPending, inbox.PendingCount);
            if (batch % 100 == 0 && scheduled.Count > 0) scheduled.Dequeue()();
        }
        while (scheduled.Count > 0) scheduled.Dequeue()();

        Assert.True(maxPending <= 10_000);
        Assert.Equal("line 999999", delivered[^1].Text);
        Assert.Equal(0, inbox.PendingCount);
        Assert.Equal(1_000_000, delivered.Count + inbox.Skipped);
    }

    [Fact]
    public void LinesPostedFromManyThreadsAllArriveInTheOrderOfEachThread()
    {
        var scheduled = new System.Collections.Concurrent.ConcurrentQueue<Action>();
        var delivered = new List<TranscriptEntry>();
        var inbox = new TranscriptInbox(scheduled.Enqueue, delivered.AddRange, capacity: 1_000_000, sliceSize: 100);

        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 1_000; i++) inbox.Post([new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, $"{t}:{i}")]);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        while (scheduled.TryDequeue(out var action)) action();

        Assert.Equal(4_000, delivered.Count);
        for (var t = 0; t < 4; t++)
        {
            var mine = delivered.Select(e => e.Text).Where(s => s.StartsWith($"{t}:", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(0, 1_000).Select(i => $"{t}:{i}"), mine);
        }
    }
}
