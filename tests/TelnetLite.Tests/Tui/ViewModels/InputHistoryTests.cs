using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class InputHistoryTests
{
    [Fact]
    public void UpWalksBackAndDownReturnsToWhatWasBeingTyped()
    {
        var history = new InputHistory(["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>"]);

        Assert.Equal("MAIL FROM:<chris@contoso.com>", history.Previous("RCPT"));
        Assert.Equal("EHLO contoso.com", history.Previous("ignored"));
        Assert.Null(history.Previous("ignored"));
        Assert.Equal("MAIL FROM:<chris@contoso.com>", history.Next());
        Assert.Equal("RCPT", history.Next());
        Assert.Null(history.Next());
    }

    [Fact]
    public void EmptyLinesAndImmediateRepeatsAreNotKept()
    {
        var history = new InputHistory();

        history.Add("NOOP");
        history.Add("NOOP");
        history.Add("");

        Assert.Equal(["NOOP"], history.Lines);
    }

    [Fact]
    public void TheHistoryKeepsOnlyTheNewestLinesUpToItsLimit()
    {
        var history = new InputHistory(limit: 2);

        history.Add("one");
        history.Add("two");
        history.Add("three");

        Assert.Equal(["two", "three"], history.Lines);
    }
}
