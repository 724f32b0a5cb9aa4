using TelnetLite.Core.Session;
using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class TranscriptScrollerTests
{
    private static TranscriptViewModel Transcript(int lines)
    {
        var model = new TranscriptViewModel();
        model.Append(Enumerable.Range(0, lines).Select(i => new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, $"line {i}")));
        return model;
    }

    [Fact]
    public void WhileFollowingTheLastRowsAreShown()
    {
        var scroller = new TranscriptScroller();

        var rows = scroller.Visible(Transcript(50), 20, 5);

        Assert.Equal([45, 46, 47, 48, 49], rows.Select(r => r.Entry));
    }

    [Fact]
    public void ScrolledUpTheViewStaysPutWhenLinesArrive()
    {
        var model = Transcript(50);
        var scroller = new TranscriptScroller();
        scroller.ScrollUp(10, 50, 5);
        var before = scroller.Visible(model, 20, 5).Select(r => r.Entry).ToList();

        model.Append(new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, "new"));
        scroller.OnAppended(1);

        Assert.Equal(before, scroller.Visible(model, 20, 5).Select(r => r.Entry));
        Assert.Equal([35, 36, 37, 38, 39], before);
    }

    [Fact]
    public void LongServerLinesAreCutAtTheEdgeLikeATerminalDoes()
    {
        var model = new TranscriptViewModel();
        var entry = new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, "0123456789abcdef ghij");
        model.Append(entry);
        var scroller = new TranscriptScroller();

        var rows = scroller.Visible(model, 8, 10);

        Assert.Equal([(0, 0), (0, 1), (0, 2)], rows);
        Assert.Equal(["01234567", "89abcdef", " ghij"], TranscriptLayout.Rows(entry, 8));
        Assert.Equal("a       b", TranscriptLayout.ExpandTabs("a\tb"));
    }

    [Fact]
    public void TheAssistantsLinesWrapAtSpacesAndCarryTheHashMarker()
    {
        var message = new AssistMessage(AssistSeverity.Success, ["250 success: the sender is accepted"]);
        var entry = new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Annotation, message.Lines[0], new AssistNoteEvent(DateTimeOffset.Now, message));

        var rows = TranscriptLayout.Rows(entry, 20);

        Assert.Equal(["# 250 success: the", "  sender is accepted"], rows);
        Assert.Equal(2, TranscriptLayout.RowCount(entry, 20));
    }

    [Fact]
    public void ScrollingUpStopsAtTheTopAndTheEndFollowsAgain()
    {
        var scroller = new TranscriptScroller();

        scroller.ScrollUp(1_000, 50, 5);
        Assert.Equal(45, scroller.OffsetFromEnd);
        scroller.End();
        Assert.True(scroller.Following);
    }
}
