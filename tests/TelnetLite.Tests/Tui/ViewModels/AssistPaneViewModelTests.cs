using TelnetLite.Core.Assist;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class AssistPaneViewModelTests
{
    private static IEnumerable<TranscriptEntry> Annotation(AssistMessage message) => Annotation(new AssistNoteEvent(DateTimeOffset.Now, message));

    private static IEnumerable<TranscriptEntry> Annotation(AssistEvent assist) =>
        assist.Message.Lines.Select((l, i) => new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Annotation, "# " + l, assist, AssistLine: i));

    [Fact]
    public void TheLastRepliesAreShownNewestFirstInTheColourOfTheirSeverity()
    {
        var pane = new AssistPaneViewModel(() => []);
        var sender = new AssistMessage(AssistSeverity.Success, ["250 2.1.0 success: the sender is accepted", "next: RCPT TO:<recipient>"]);
        var recipient = new AssistMessage(AssistSeverity.PermanentFailure,
            ["550 5.1.1 permanent failure: no such user", "cause: the recipient does not exist in the organisation"]);

        pane.Observe(Annotation(sender));
        pane.Observe(Annotation(recipient));
        var lines = pane.Render(80, compact: false).ToList();

        Assert.Equal([recipient, sender], pane.Replies);
        var failure = lines.Single(l => l.Text.Contains("550 5.1.1", StringComparison.Ordinal));
        var success = lines.Single(l => l.Text.Contains("250 2.1.0", StringComparison.Ordinal));
        Assert.Equal(AssistStyle.PermanentFailure, failure.Style);
        Assert.Equal(AssistStyle.Success, success.Style);
        Assert.True(lines.IndexOf(failure) < lines.IndexOf(success));
        Assert.Contains(lines, l => l.Text.Contains("cause: the recipient does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyTheNewestRepliesAreKept()
    {
        var pane = new AssistPaneViewModel(() => []);

        for (var i = 0; i < 10; i++) pane.Observe(Annotation(new AssistMessage(AssistSeverity.Success, [$"250 reply {i}"])));

        Assert.Equal(AssistPaneViewModel.RepliesKept, pane.Replies.Count);
        Assert.Equal("250 reply 9", pane.Replies[0].Lines[0]);
    }

    [Fact]
    public void WarningsAboutTheLineBeingTypedComeFirst()
    {
        var pane = new AssistPaneViewModel(() => []);
        pane.Observe(Annotation(new AssistMessage(AssistSeverity.Success, ["220 success: ready"])));

        pane.SetLint([new AssistMessage(AssistSeverity.ProtocolWarning, ["warning: MAIL FROM without angle brackets"])]);
        var lines = pane.Render(60, compact: false).ToList();

        var warning = lines.Single(l => l.Text.Contains("angle brackets", StringComparison.Ordinal));
        Assert.Equal(AssistStyle.Warning, warning.Style);
        Assert.True(lines.IndexOf(warning) < lines.FindIndex(l => l.Text.Contains("220", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheChecklistShowsTicksCrossesAndElapsedTimes()
    {
        var pane = new AssistPaneViewModel(() =>
        [
            new ChecklistItem("Connect", ChecklistState.Ok, TimeSpan.FromMilliseconds(20)),
            new ChecklistItem("RCPT TO", ChecklistState.Failed, TimeSpan.FromMilliseconds(1_500)),
            new ChecklistItem("DATA", ChecklistState.Pending, null),
            new ChecklistItem("Message", ChecklistState.Skipped, null),
        ]);

        var lines = pane.Render(40, compact: false).Select(l => l.Text).ToList();

        Assert.Contains(" ✓ Connect 0.02s", lines);
        Assert.Contains(" ✗ RCPT TO 1.50s", lines);
        Assert.Contains(" · DATA", lines.Select(l => l.TrimEnd()));
        Assert.Contains(" – Message", lines.Select(l => l.TrimEnd()));
    }

    [Fact]
    public void BelowTheTranscriptTheChecklistFlowsAcrossTheWidth()
    {
        var pane = new AssistPaneViewModel(() =>
            new[] { "Connect", "Greeting", "EHLO", "MAIL FROM", "RCPT TO", "DATA", "Message", ".", "QUIT" }
                .Select(n => new ChecklistItem(n, ChecklistState.Pending, null)).ToList());

        var lines = pane.Render(40, compact: true);

        Assert.Contains(lines, l => l.Text.StartsWith("·Connect ·Greeting ·EHLO", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Text.Length <= 40));
    }

    [Fact]
    public void TheCapabilitiesOfTheEhloReplyAreListedAndExplained()
    {
        var pane = new AssistPaneViewModel(() => []);
        var reply = new SmtpReply(250, null,
        [
            new SmtpReplyLine(250, false, "mail1.fabrikam.test Hello [127.0.0.1]", "250-mail1.fabrikam.test Hello [127.0.0.1]"),
            new SmtpReplyLine(250, false, "SIZE 37748736", "250-SIZE 37748736"),
            new SmtpReplyLine(250, true, "PIPELINING", "250 PIPELINING"),
        ], SmtpReplyFlaws.None);
        var annotation = new SmtpAnnotation(reply, SmtpVerb.Ehlo, AssistSeverity.Success, "the server greets you", [], null);

        pane.Observe(Annotation(new ReplyAnnotatedEvent(DateTimeOffset.Now, annotation)));
        Assert.Contains("2 capabilities — F4 to list", pane.Render(60, compact: false).Select(l => l.Text));
        pane.CapabilitiesListed = true;
        var lines = pane.Render(60, compact: false).Select(l => l.Text).ToList();

        Assert.Contains("EHLO capabilities of mail1.fabrikam.test (F4 folds them):", lines);
        Assert.Contains(lines, l => l.StartsWith(" SIZE 37748736 — ", StringComparison.Ordinal) && l.Contains("36", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(" PIPELINING — several commands", StringComparison.Ordinal));
    }

    [Fact]
    public void CapabilitiesAndTheServerNameThatHoldEscapeSequencesAreShownAsText()
    {
        // The pane quotes the server's own words: a title or clipboard sequence among them is shown, never obeyed.
        var pane = new AssistPaneViewModel(() => []);
        var reply = new SmtpReply(250, null,
        [
            new SmtpReplyLine(250, false, "evil\u001b]0;PWNED\u0007 Hello", "250-evil\u001b]0;PWNED\u0007 Hello"),
            new SmtpReplyLine(250, true, "AUTH LOGIN\u001b]52;c;eA==\u0007", "250 AUTH LOGIN\u001b]52;c;eA==\u0007"),
        ], SmtpReplyFlaws.None);
        var annotation = new SmtpAnnotation(reply, SmtpVerb.Ehlo, AssistSeverity.Success, "the server greets you", [], null);

        pane.Observe(Annotation(new ReplyAnnotatedEvent(DateTimeOffset.Now, annotation)));
        pane.CapabilitiesListed = true;
        var lines = pane.Render(200, compact: false).Select(l => l.Text).ToList();

        Assert.Contains(lines, l => l.Contains("evil^[]0;PWNED^G", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("AUTH LOGIN^[]52;c;eA==^G", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Any(char.IsControl));
    }

    [Fact]
    public void TheCapabilitiesMessageFillsTheCapabilitiesSectionNotTheReplies()
    {
        var pane = new AssistPaneViewModel(() => []);
        var reply = new SmtpReply(250, null,
        [
            new SmtpReplyLine(250, false, "mail1.fabrikam.test Hello", "250-mail1.fabrikam.test Hello"),
            new SmtpReplyLine(250, true, "STARTTLS", "250 STARTTLS"),
        ], SmtpReplyFlaws.None);
        var capabilities = SmtpCapabilities.FromEhloReply(reply);

        pane.Observe(Annotation(new AssistMessage(AssistSeverity.Success, ["250 success: hello"])));
        pane.Observe(Annotation(new CapabilitiesEvent(DateTimeOffset.Now, capabilities)));
        pane.CapabilitiesListed = true;
        var lines = pane.Render(80, compact: false).Select(l => l.Text).ToList();

        Assert.Single(pane.Replies);
        Assert.Same(capabilities, pane.Capabilities);
        Assert.Contains(lines, l => l.StartsWith(" STARTTLS — the connection can switch to TLS", StringComparison.Ordinal));
    }

    [Fact]
    public void BelowTheTranscriptThePaneShowsTheLatestReplysMeaningCauseAndNextStepFirst()
    {
        var pane = new AssistPaneViewModel(() => [new ChecklistItem("Connect", ChecklistState.Ok, null)]);
        pane.Observe(Annotation(new AssistMessage(AssistSeverity.Success, ["220 success: ready"])));
        pane.Observe(Annotation(new AssistMessage(AssistSeverity.PermanentFailure,
            ["550 5.1.1 permanent failure: no such user", "cause: the recipient does not exist", "next: check the address"])));

        var lines = pane.Render(80, compact: true).Select(l => l.Text).ToList();

        Assert.Equal([" 550 5.1.1 permanent failure: no such user", "   cause: the recipient does not exist", "   next: check the address", "✓Connect"], lines);
    }

    [Fact]
    public void WarningsAboutTheLineBeingTypedShowBelowTheTranscriptToo()
    {
        var pane = new AssistPaneViewModel(() => []);
        pane.Observe(Annotation(new AssistMessage(AssistSeverity.Success, ["220 success: ready"])));
        pane.SetLint([new AssistMessage(AssistSeverity.ProtocolWarning, ["warning: no angle brackets"])]);

        var lines = pane.Render(80, compact: true).Select(l => l.Text).ToList();

        Assert.Equal(["Before you send this line:", " warning: no angle brackets", " 220 success: ready"], lines);
    }

    [Fact]
    public void AReminderAboutTheLineIsInformationNotAWarning()
    {
        var pane = new AssistPaneViewModel(() => []);
        pane.SetLint([new AssistMessage(AssistSeverity.Info, ["info: \".\" alone on its line ends the message"])]);

        var lines = pane.Render(80, compact: true);

        Assert.Equal("About this line:", lines[0].Text);
        Assert.Equal(AssistStyle.Info, lines[1].Style);
    }

    [Theory]
    [InlineData(AnnotationPlacement.Inline)]
    [InlineData(AnnotationPlacement.Off)]
    public void WhenExplanationsAreInlineOrOffThePaneDoesNotRepeatThem(AnnotationPlacement placement)
    {
        var pane = new AssistPaneViewModel(() => [new ChecklistItem("Connect", ChecklistState.Ok, null)]) { Placement = placement };
        pane.Observe(Annotation(new AssistMessage(AssistSeverity.Success, ["220 success: ready"])));

        Assert.DoesNotContain(pane.Render(80, compact: false), l => l.Text.Contains("220", StringComparison.Ordinal));
        Assert.DoesNotContain(pane.Render(80, compact: true), l => l.Text.Contains("220", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCapabilitiesAreOneLineUntilF4ListsThemFirstBelowTheTranscript()
    {
        var pane = new AssistPaneViewModel(() => [new ChecklistItem("Connect", ChecklistState.Ok, null)]);
        var reply = new SmtpReply(250, null,
        [
            new SmtpReplyLine(250, false, "mail1.fabrikam.test Hello", "250-mail1.fabrikam.test Hello"),
            new SmtpReplyLine(250, false, "PIPELINING", "250-PIPELINING"),
            new SmtpReplyLine(250, true, "STARTTLS", "250 STARTTLS"),
        ], SmtpReplyFlaws.None);
        pane.Observe(Annotation(new AssistMessage(AssistSeverity.Success, ["250 success: hello"])));
        pane.Observe(Annotation(new CapabilitiesEvent(DateTimeOffset.Now, SmtpCapabilities.FromEhloReply(reply))));

        Assert.Equal([" 250 success: hello", "✓Connect", "2 capabilities — F4 to list"], pane.Render(80, compact: true).Select(l => l.Text));

        pane.CapabilitiesListed = true;
        var listed = pane.Render(80, compact: true).Select(l => l.Text).ToList();

        Assert.Equal("EHLO capabilities of mail1.fabrikam.test (F4 folds them):", listed[0]);
        Assert.StartsWith(" PIPELINING — ", listed[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ANewConnectionForgetsTheLastConversation()
    {
        var pane = new AssistPaneViewModel(() => []);
        pane.Observe(Annotation(new AssistMessage(AssistSeverity.Success, ["221 closing"])));

        pane.Reset();

        Assert.Empty(pane.Replies);
    }
}
