using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class TranscriptLayoutTests
{
    private static readonly TranscriptDisplay Markers = new(true, AnnotationPlacement.Pane);

    private static TranscriptEntry Entry(TranscriptKind kind, string text, bool overTls = false) =>
        new(DateTimeOffset.Now, kind, text, OverTls: overTls);

    [Theory]
    [InlineData(TranscriptKind.Sent, false, "→ EHLO contoso.com")]
    [InlineData(TranscriptKind.Received, false, "← EHLO contoso.com")]
    [InlineData(TranscriptKind.Sent, true, "⇢ EHLO contoso.com")]
    [InlineData(TranscriptKind.Received, true, "⇠ EHLO contoso.com")]
    [InlineData(TranscriptKind.Note, false, "  EHLO contoso.com")]
    public void SentAndReceivedLinesAreToldApartByTheirMarkerNotByColour(TranscriptKind kind, bool overTls, string row) =>
        Assert.Equal([row], TranscriptLayout.Rows(Entry(kind, "EHLO contoso.com", overTls), 80, Markers));

    [Fact]
    public void WithMarkersOffTheLineIsAsItCame()
    {
        var display = Markers with { Markers = false };

        Assert.Equal(["EHLO contoso.com"], TranscriptLayout.Rows(Entry(TranscriptKind.Sent, "EHLO contoso.com"), 80, display));
    }

    [Fact]
    public void ALongReceivedLineIsCutAtTheEdgeAndContinuesUnderTheText()
    {
        var rows = TranscriptLayout.Rows(Entry(TranscriptKind.Received, "0123456789abcdef"), 12, Markers);

        Assert.Equal(["← 0123456789", "  abcdef"], rows);
        Assert.Equal(2, TranscriptLayout.RowCount(Entry(TranscriptKind.Received, "0123456789abcdef"), 12, Markers));
    }

    [Theory]
    [InlineData(AnnotationPlacement.Pane, 0)]
    [InlineData(AnnotationPlacement.Off, 0)]
    [InlineData(AnnotationPlacement.Inline, 1)]
    public void ExplanationsAreInTheTranscriptOnlyWhenInline(AnnotationPlacement placement, int rows)
    {
        var message = new AssistMessage(AssistSeverity.Success, ["250 2.1.0 success: the sender is accepted"]);
        var entry = new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Annotation, message.Lines[0], new AssistNoteEvent(DateTimeOffset.Now, message));

        Assert.Equal(rows, TranscriptLayout.RowCount(entry, 80, Markers with { Annotations = placement }));
        Assert.Equal(rows, TranscriptLayout.Rows(entry, 80, Markers with { Annotations = placement }).Count);
    }

    [Fact]
    public void InThePanesModeAWarningAboutASentLineKeepsItsHeadlineAndAReminderGoes()
    {
        var warning = new LintWarningEvent(DateTimeOffset.Now, new AssistMessage(AssistSeverity.ProtocolWarning, ["warning: no angle brackets", "next: MAIL FROM:<a@b>"]));
        var reminder = new LintWarningEvent(DateTimeOffset.Now, new AssistMessage(AssistSeverity.Info, ["info: \".\" alone ends the message"]));
        TranscriptEntry Line(LintWarningEvent lint, int i) => new(DateTimeOffset.Now, TranscriptKind.Warning, lint.Message.Lines[i], lint, AssistLine: i);

        Assert.Equal(["# warning: no angle brackets"], TranscriptLayout.Rows(Line(warning, 0), 80, Markers));
        Assert.Empty(TranscriptLayout.Rows(Line(warning, 1), 80, Markers));
        Assert.Empty(TranscriptLayout.Rows(Line(reminder, 0), 80, Markers));
        Assert.Single(TranscriptLayout.Rows(Line(reminder, 0), 80, Markers with { Annotations = AnnotationPlacement.Inline }));
    }

    [Fact]
    public void InlineTheCapabilityListIsOneLineAndSavedItIsWhole()
    {
        var reply = new SmtpReply(250, null,
        [
            new SmtpReplyLine(250, false, "mail1 Hello", "250-mail1 Hello"),
            new SmtpReplyLine(250, false, "PIPELINING", "250-PIPELINING"),
            new SmtpReplyLine(250, true, "STARTTLS", "250 STARTTLS"),
        ], SmtpReplyFlaws.None);
        var capabilities = new CapabilitiesEvent(DateTimeOffset.Now, SmtpCapabilities.FromEhloReply(reply));
        var entries = capabilities.Message.Lines
            .Select((l, i) => new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Annotation, l, capabilities, AssistLine: i)).ToList();
        var inline = Markers with { Annotations = AnnotationPlacement.Inline };

        Assert.Equal(["# 2 capabilities — F4 to list"], entries.SelectMany(e => TranscriptLayout.Rows(e, 80, inline)));
        Assert.Equal(2, entries.Count(e => TranscriptLayout.DisplayText(e).StartsWith("# capability: ", StringComparison.Ordinal)));
    }
}
