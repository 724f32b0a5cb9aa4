using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Tests.Session;

public sealed class LinePacerWaitTests
{
    [Fact]
    public async Task AnEventBetweenTheCheckAndTheWaitIsNotMissed()
    {
        // The close that ends a flood can be delivered just after a waiter looked and just before it waits: that waiter
        // must wake at once, not at its timeout (plain mode waited out --idle-exit, 600 s in the benchmark, that way).
        var connected = true;
        var pacer = new LinePacer(new AssistantStage(new SmtpAssistant(25, SmtpAnnotator.Annotate), _ => { }), () => connected,
            (_, _) => Task.FromResult(true), TimeProvider.System);
        var checks = 0;

        var closed = pacer.WaitUntilAsync(() =>
        {
            if (++checks == 1)
            {
                // Looked while still connected; the close arrives before the wait begins.
                connected = false;
                pacer.OnSessionEvent(new ClosedEvent(DateTimeOffset.Now, CloseReason.RemoteClosed, null));
                return false;
            }
            return !connected;
        }, TimeSpan.FromMinutes(10), CancellationToken.None);

        Assert.Same(closed, await Task.WhenAny(closed, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.True(await closed);
        Assert.Equal(2, checks);
    }

    [Fact]
    public async Task AWaitWhoseConditionNeverHoldsEndsFalseAtItsTimeout()
    {
        var pacer = new LinePacer(new AssistantStage(new SmtpAssistant(25, SmtpAnnotator.Annotate), _ => { }), () => true,
            (_, _) => Task.FromResult(true), TimeProvider.System);

        Assert.False(await pacer.WaitUntilAsync(() => false, TimeSpan.FromMilliseconds(50), CancellationToken.None));
    }
}
