using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Tui;
using TelnetLite.Tui.ViewModels;
using Terminal.Gui.Drawing;

namespace TelnetLite.Tests.Tui;

public sealed class PaletteTests
{
    private static IEnumerable<Terminal.Gui.Drawing.Attribute> Every(Palette palette)
    {
        foreach (var kind in Enum.GetValues<TranscriptKind>()) yield return palette.For(new TranscriptEntry(DateTimeOffset.Now, kind, "x"));
        foreach (var severity in Enum.GetValues<AssistSeverity>())
        {
            var message = new AssistMessage(severity, ["x"]);
            yield return palette.For(new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Annotation, "x", new AssistNoteEvent(DateTimeOffset.Now, message)));
        }
        foreach (var style in Enum.GetValues<AssistStyle>()) yield return palette.For(style);
        yield return palette.Bar;
        yield return palette.Prompt;
        yield return palette.CommandPrompt;
    }

    [Fact]
    public void WithNoColorOnlyTheTerminalsOwnColoursAreUsed()
    {
        Assert.All(Every(new Palette(noColor: true)), a =>
        {
            Assert.Equal(Color.None, a.Foreground);
            Assert.Equal(Color.None, a.Background);
        });
    }

    [Fact]
    public void EveryBackgroundIsTheTerminalsOwnSoLightAndDarkTerminalsBothRead()
    {
        Assert.All(Every(new Palette(noColor: false)), a => Assert.Equal(Color.None, a.Background));
    }

    [Fact]
    public void FailuresAndSuccessesHaveDifferentColours()
    {
        var palette = new Palette(noColor: false);

        Assert.NotEqual(palette.For(AssistStyle.Success).Foreground, palette.For(AssistStyle.PermanentFailure).Foreground);
        Assert.NotEqual(palette.For(AssistStyle.Warning).Foreground, palette.For(AssistStyle.PermanentFailure).Foreground);
    }
}
