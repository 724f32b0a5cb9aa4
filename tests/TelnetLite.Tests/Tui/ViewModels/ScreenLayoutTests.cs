using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class ScreenLayoutTests
{
    [Fact]
    public void AWideScreenPutsTheAssistPaneBesideTheTranscript()
    {
        var layout = ScreenLayout.Compute(120, 40, assistVisible: true, statusLines: 2);

        Assert.True(layout.AssistBeside);
        Assert.Equal(layout.Transcript.Width, layout.Assist!.Value.X);
        Assert.Equal(120, layout.Transcript.Width + layout.Assist.Value.Width);
        Assert.Equal(37, layout.Input.Y);
        Assert.Equal(new PaneRect(0, 38, 120, 2), layout.Status);
    }

    [Fact]
    public void At80By24TheAssistPaneGoesBelowTheTranscript()
    {
        var layout = ScreenLayout.Compute(80, 24, assistVisible: true, statusLines: 2);

        Assert.False(layout.AssistBeside);
        Assert.Equal(layout.Transcript.Height, layout.Assist!.Value.Y);
        Assert.Equal(21, layout.Transcript.Height + layout.Assist.Value.Height);
        Assert.True(layout.Transcript.Height >= 10);
    }

    [Fact]
    public void BelowTheTranscriptThePaneTakesOnlyTheRowsItsContentNeeds()
    {
        var layout = ScreenLayout.Compute(80, 24, assistVisible: true, statusLines: 2, assistRowsWanted: 4);

        Assert.Equal(4, layout.Assist!.Value.Height);
        Assert.Equal(17, layout.Transcript.Height);
    }

    [Fact]
    public void ATinyScreenLeavesThePaneOutRatherThanSqueezeIt()
    {
        Assert.Null(ScreenLayout.Compute(40, 10, assistVisible: true, statusLines: 2).Assist);
    }

    [Fact]
    public void NoSizeGivesANegativeOrOverlappingPane()
    {
        for (var width = 0; width <= 160; width += 7)
        {
            for (var height = 0; height <= 50; height++)
            {
                foreach (var visible in new[] { true, false })
                {
                    var layout = ScreenLayout.Compute(width, height, visible, statusLines: 2);
                    var panes = new List<PaneRect> { layout.Transcript, layout.Input, layout.Status };
                    if (layout.Assist is { } assist) panes.Add(assist);
                    Assert.All(panes, p => Assert.True(p.X >= 0 && p.Y >= 0 && p.Width >= 0 && p.Height >= 0, $"{width}x{height}: {p}"));
                    Assert.All(panes, p => Assert.True(p.Y + p.Height <= height && p.X + p.Width <= width, $"{width}x{height}: {p}"));
                    Assert.True(layout.Transcript.Y + layout.Transcript.Height <= layout.Input.Y || layout.Transcript.Height == 0);
                }
            }
        }
    }

    [Fact]
    public void At80By24ThePaneBelowIsSeveralLinesAndTheTranscriptKeepsTwelveRows()
    {
        var layout = ScreenLayout.Compute(80, 24, assistVisible: true, statusLines: 2, assistRowsWanted: 30);

        Assert.Equal(12, layout.Transcript.Height);
        Assert.Equal(9, layout.Assist!.Value.Height);
    }

    [Fact]
    public void At100By30ThePaneBelowLeavesTheTranscriptTheLargerPart()
    {
        var layout = ScreenLayout.Compute(100, 30, assistVisible: true, statusLines: 2, assistRowsWanted: 30);

        Assert.False(layout.AssistBeside);
        Assert.True(layout.Transcript.Height >= 14, layout.Transcript.ToString());
        Assert.True(layout.Assist!.Value.Height >= 8, layout.Assist.ToString());
    }
}
