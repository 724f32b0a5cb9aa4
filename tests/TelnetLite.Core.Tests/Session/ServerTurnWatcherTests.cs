using TelnetLite.Core.Session;

namespace TelnetLite.Core.Tests.Session;

public sealed class ServerTurnWatcherTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task AfterALineIsSentTheTurnEndsWhenTheServerHasAnsweredAndGoneQuiet()
    {
        var watcher = new ServerTurnWatcher();
        watcher.OnSessionEvent(new ConnectedEvent(DateTimeOffset.Now, "vm", 23, null, null));
        watcher.OnSessionEvent(new RemoteEchoChangedEvent(DateTimeOffset.Now, true));
        Assert.True(watcher.ServerEchoes);

        watcher.OnSessionEvent(new LineSentEvent(DateTimeOffset.Now, "chris"u8.ToArray(), false));
        var turn = watcher.WaitForTurnAsync(Long, CancellationToken.None);
        Assert.False(turn.IsCompleted);

        // Quiet before anything came back is not the end of the server's turn.
        watcher.OnSessionEvent(new ReceiveIdleEvent(DateTimeOffset.Now));
        Assert.False(turn.IsCompleted);

        watcher.OnSessionEvent(new DataReceivedEvent(DateTimeOffset.Now, "chris\r\nPassword: "u8.ToArray()));
        Assert.False(turn.IsCompleted);
        watcher.OnSessionEvent(new ReceiveIdleEvent(DateTimeOffset.Now));

        await turn.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AServerThatSaysNothingHasHadItsTurnAfterTheQuietTime()
    {
        var watcher = new ServerTurnWatcher();
        watcher.OnSessionEvent(new LineSentEvent(DateTimeOffset.Now, "S3cret"u8.ToArray(), true));

        await watcher.WaitForTurnAsync(TimeSpan.FromMilliseconds(1), CancellationToken.None);
    }

    [Fact]
    public async Task TheEndOfTheConnectionEndsTheTurn()
    {
        var watcher = new ServerTurnWatcher();
        watcher.OnSessionEvent(new LineSentEvent(DateTimeOffset.Now, "exit"u8.ToArray(), false));
        var turn = watcher.WaitForTurnAsync(Long, CancellationToken.None);

        watcher.OnSessionEvent(new ClosedEvent(DateTimeOffset.Now, CloseReason.RemoteClosed, null));

        await turn.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(watcher.ServerEchoes);
    }
}
