using TelnetLite.Core.Session;
using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class TranscriptViewModelTests
{
    private static TranscriptEntry Line(string text) => new(DateTimeOffset.Now, TranscriptKind.Received, text);

    [Fact]
    public void TheTranscriptKeepsOnlyTheNewestLinesUpToTheScrollback()
    {
        var transcript = new TranscriptViewModel(scrollback: 3);

        var dropped = transcript.Append(Enumerable.Range(1, 5).Select(i => Line($"line {i}")));

        Assert.Equal(2, dropped);
        Assert.Equal(["line 3", "line 4", "line 5"], transcript.Entries().Select(e => e.Text));
        Assert.Equal(2, transcript.Dropped);
    }

    [Fact]
    public void ChangingTheScrollbackKeepsTheNewestLines()
    {
        var transcript = new TranscriptViewModel(scrollback: 10);
        transcript.Append(Enumerable.Range(1, 6).Select(i => Line($"line {i}")));

        transcript.Resize(2);
        transcript.Append(Line("line 7"));

        Assert.Equal(["line 6", "line 7"], transcript.Entries().Select(e => e.Text));
    }

    [Fact]
    public void SavingWritesEveryLineOfTheTranscript()
    {
        var transcript = new TranscriptViewModel();
        transcript.Append([Line("220 ready"), Line("250 2.1.0 Sender OK")]);
        var path = Path.Combine(Path.GetTempPath(), $"telnetlite-save-{Guid.NewGuid():N}.txt");
        try
        {
            transcript.SaveTo(path);

            Assert.Equal(["220 ready", "250 2.1.0 Sender OK"], File.ReadAllLines(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AFailedRepliesHighlightStaysWithItsLinesAsTheRingTurnsAndResizes()
    {
        var transcript = new TranscriptViewModel(scrollback: 4);
        transcript.Append([Line("250 ok"), Line("451-4.3.0 busy"), Line("451 4.3.0 try later"), new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Annotation, "451 explained")]);

        transcript.MarkReply(3, 451, 2, ReplyTone.TransientFailure);
        transcript.Append(Line("next"));

        Assert.Equal([ReplyTone.TransientFailure, ReplyTone.TransientFailure, ReplyTone.None, ReplyTone.None], Enumerable.Range(0, 4).Select(transcript.ToneAt));
        transcript.Resize(3);
        Assert.Equal([ReplyTone.TransientFailure, ReplyTone.None, ReplyTone.None], Enumerable.Range(0, 3).Select(transcript.ToneAt));
    }
}
