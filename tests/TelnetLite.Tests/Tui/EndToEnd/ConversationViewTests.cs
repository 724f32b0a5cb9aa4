using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>
/// The transcript is the conversation, as telnet shows it, and the explanations live in the assist pane: issue 11's
/// "The server's reply stays in view", in a real terminal at the sizes people use.
/// </summary>
public sealed class ConversationViewTests
{
    private const string Red = "38;2;215;58;58";
    private const string Amber = "38;2;196;122;0";
    private const string Blue = "38;2;59;125;216";

    [TmuxFact]
    public async Task At80By24EveryEhloReplyLineStaysInViewAndThePaneExplainsTheReplyFirst()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");

        terminal.Line("EHLO contoso.com");
        var screen = terminal.WaitFor(s => s.Contains("← 250 CHUNKING", StringComparison.Ordinal) && s.Contains("capabilities — F4 to list", StringComparison.Ordinal),
            "the whole EHLO reply and the folded capability list");

        var transcript = TuiTerminal.TranscriptRows(screen);
        Assert.True(transcript.Count >= 12, $"the transcript has {transcript.Count} rows:\n{screen}");
        Assert.Contains(transcript, r => r.StartsWith("→ EHLO contoso.com", StringComparison.Ordinal));
        Assert.Contains(transcript, r => r.StartsWith("← 250-mail1.fabrikam.com Hello", StringComparison.Ordinal));
        Assert.Contains(transcript, r => r.StartsWith("← 250-SIZE", StringComparison.Ordinal));
        Assert.DoesNotContain(transcript, r => r.StartsWith("# ", StringComparison.Ordinal) || r.Contains("capability:", StringComparison.Ordinal));
        var pane = TuiTerminal.PaneRows(screen);
        Assert.True(pane.Count >= 5, $"the pane has {pane.Count} rows:\n{screen}");
        Assert.StartsWith(" 250 success:", pane[0]);
        Assert.Contains(pane, r => r.Contains("next: MAIL FROM", StringComparison.Ordinal));
        Assert.Contains(pane, r => r.StartsWith("9 capabilities — F4 to list", StringComparison.Ordinal));
    }

    [TmuxFact]
    public async Task F4ListsTheCapabilitiesInThePaneAndF2HidesThePaneLeavingTheTranscriptClean()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("9 capabilities — F4 to list");

        terminal.Tmux.Press("F4");
        var listed = terminal.WaitFor("EHLO capabilities of mail1.fabrikam.com");
        Assert.Contains(TuiTerminal.PaneRows(listed), r => r.StartsWith(" SIZE 10485760 — largest message", StringComparison.Ordinal));
        terminal.Tmux.Press("F4");
        terminal.WaitFor("9 capabilities — F4 to list");

        terminal.Tmux.Press("F2");
        var hidden = terminal.WaitFor(s => !s.Contains("SMTP assist", StringComparison.Ordinal), "the pane hidden");
        Assert.Contains("← 250 CHUNKING", hidden);
        Assert.DoesNotContain(TuiTerminal.Rows(hidden), r => r.StartsWith("# ", StringComparison.Ordinal));
        Assert.DoesNotContain("250 success", hidden);
    }

    [TmuxFact]
    public async Task At200By50EachExplanationIsShownOnceInThePaneBesideTheTranscript()
    {
        await using var terminal = await TuiTerminal.StartAsync(200, 50, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("← 250 CHUNKING");
        terminal.Line("MAIL FROM:<chris@contoso.com>");

        var screen = terminal.WaitFor("250 2.1.0 success");

        Assert.Single(TuiTerminal.Rows(screen), r => r.Contains("250 2.1.0 success", StringComparison.Ordinal));
        var paneColumn = TuiTerminal.Rows(screen).First(r => r.Contains("│ SMTP assist", StringComparison.Ordinal)).IndexOf('│');
        Assert.True(paneColumn > 100, screen);
        var transcript = TuiTerminal.Rows(screen).Select(r => r.Length > paneColumn ? r[..paneColumn] : r).ToList();
        Assert.DoesNotContain(transcript, r => r.StartsWith("# ", StringComparison.Ordinal));
        Assert.Contains(transcript, r => r.StartsWith("← 250 2.1.0 Sender OK", StringComparison.Ordinal));
    }

    [TmuxFact]
    public async Task At100By30ThePaneBelowExplainsARefusedRecipientWithItsCauseAndNextStep()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("← 250 CHUNKING");
        terminal.Line("MAIL FROM:<chris@contoso.com>");
        terminal.WaitFor("← 250 2.1.0 Sender OK");
        terminal.Line("RCPT TO:<bob@fabrikam.com>");

        var screen = terminal.WaitFor(s => s.Contains("✗RCPT", StringComparison.Ordinal), "the refused recipient in the checklist");

        var pane = TuiTerminal.PaneRows(screen);
        Assert.StartsWith(" 550 5.1.1 permanent failure", pane[0]);
        Assert.Contains(pane, r => r.TrimStart().StartsWith("cause:", StringComparison.Ordinal));
        Assert.Contains(pane, r => r.TrimStart().StartsWith("next:", StringComparison.Ordinal));
        Assert.True(TuiTerminal.TranscriptRows(screen).Count >= 14, screen);
        Assert.Contains(TuiTerminal.TranscriptRows(screen), r => r.StartsWith("← 550 5.1.1 User unknown", StringComparison.Ordinal));
    }

    [TmuxFact]
    public async Task SetAnnotationsInlinePutsExplanationsInTheTranscriptInsteadOfThePaneAndOffLeavesThemOut()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");

        terminal.Command("set annotations inline", "Annotations: inline");
        terminal.BackToSession();
        terminal.Line("EHLO contoso.com");
        var inline = terminal.WaitFor("# 9 capabilities — F4 to list");
        Assert.Contains(TuiTerminal.TranscriptRows(inline), r => r.StartsWith("# 250 success:", StringComparison.Ordinal));
        Assert.DoesNotContain(TuiTerminal.PaneRows(inline), r => r.Contains("250 success", StringComparison.Ordinal));

        terminal.Command("set annotations off", "Annotations: off");
        terminal.BackToSession();
        terminal.Line("MAIL FROM:<chris@contoso.com>");
        var off = terminal.WaitFor("← 250 2.1.0 Sender OK");
        Assert.DoesNotContain("250 2.1.0 success", off);
        Assert.DoesNotContain("250 success", off);
    }

    [TmuxFact]
    public async Task MarkersTellSentFromReceivedAndSetMarkersOffHidesThem()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");
        terminal.Line("EHLO contoso.com");
        var marked = terminal.WaitFor("← 250 CHUNKING");
        Assert.Contains(TuiTerminal.Rows(marked), r => r.StartsWith("→ EHLO contoso.com", StringComparison.Ordinal));

        terminal.Command("set markers off", "Markers off");
        var plain = terminal.Tmux.Capture();

        Assert.Contains(TuiTerminal.Rows(plain), r => r.StartsWith("250 CHUNKING", StringComparison.Ordinal));
        Assert.Contains(TuiTerminal.Rows(plain), r => r.StartsWith("EHLO contoso.com", StringComparison.Ordinal));
        Assert.DoesNotContain("← ", plain);
    }

    [TmuxFact]
    public async Task WithNoColorTheConversationStillReadsByItsMarkersAndARefusalInBold()
    {
        var environment = new Dictionary<string, string> { ["NO_COLOR"] = "1" };
        await using var terminal = await TuiTerminal.StartAsync(80, 24, connectAtOnce: true, environment: environment);
        var output = terminal.Folder.File("terminal-output");
        terminal.Tmux.RecordOutput(output);
        terminal.WaitFor("220 mail1.fabrikam.com");
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("← 250 CHUNKING");
        terminal.Line("MAIL FROM:<chris@contoso.com>");
        terminal.WaitFor("← 250 2.1.0 Sender OK");
        terminal.Line("RCPT TO:<bob@fabrikam.com>");

        var screen = terminal.WaitFor("← 550 5.1.1 User unknown");

        Assert.Contains(TuiTerminal.Rows(screen), r => r.StartsWith("→ RCPT TO:<bob@fabrikam.com>", StringComparison.Ordinal));
        var refusal = TuiTerminal.Rows(terminal.Tmux.CaptureWithColours()).First(r => r.Contains("550 5.1.1 User unknown", StringComparison.Ordinal) && r.Contains('←'));
        Assert.Contains("\u001b[1m", refusal);
        Assert.DoesNotContain("38;2;", await File.ReadAllTextAsync(output));
    }

    [TmuxFact]
    public async Task TheLinesOfARefusedReplyAreHighlightedThemselvesInTheFailuresColour()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("← 250 CHUNKING");
        terminal.Line("MAIL FROM:<chris@contoso.com>");
        terminal.WaitFor("← 250 2.1.0 Sender OK");
        terminal.Line("RCPT TO:<bob@fabrikam.com>");
        terminal.WaitFor(s => s.Contains("✗RCPT", StringComparison.Ordinal), "the refusal explained");

        var rows = TuiTerminal.Rows(terminal.Tmux.CaptureWithColours());

        var refusal = rows.First(r => r.Contains("550 5.1.1 User unknown", StringComparison.Ordinal) && r.Contains('←'));
        Assert.Contains(Red, refusal[refusal.IndexOf('←')..]);
        var accepted = rows.First(r => r.Contains("250 2.1.0 Sender OK", StringComparison.Ordinal) && r.Contains('←'));
        Assert.DoesNotContain(Red, accepted);
    }

    [TmuxFact]
    public async Task TheEndOfMessageReminderIsShownAsInformationNotAsAWarning()
    {
        await using var terminal = await TuiTerminal.StartAsync(100, 30, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");
        terminal.Command("set annotations inline", "Annotations: inline");
        terminal.BackToSession();
        terminal.Line("EHLO contoso.com");
        terminal.WaitFor("← 250 CHUNKING");
        terminal.Line("MAIL FROM:<chris@contoso.com>");
        terminal.WaitFor("← 250 2.1.0 Sender OK");
        terminal.Line("RCPT TO:<kate@fabrikam.com>");
        terminal.WaitFor("← 250 2.1.5 Recipient OK");
        terminal.Line("DATA");
        terminal.WaitFor("← 354");
        terminal.Line("Subject: Test");
        terminal.Line("");
        terminal.Tmux.Type(".");
        terminal.WaitFor("About this line:");
        terminal.Tmux.Press("Enter");
        terminal.WaitFor("Queued mail for delivery");

        var reminder = TuiTerminal.Rows(terminal.Tmux.CaptureWithColours()).First(r => r.Contains("alone on its line ends the message", StringComparison.Ordinal));

        Assert.Contains(Blue, reminder);
        Assert.DoesNotContain(Amber, reminder);
    }

    [TmuxFact]
    public async Task TypingOrEnterWhileScrolledUpReturnsToTheEndFirst()
    {
        await using var terminal = await TuiTerminal.StartAsync(80, 24, connectAtOnce: true);
        terminal.WaitFor("220 mail1.fabrikam.com");
        for (var i = 0; i < 3; i++)
        {
            terminal.Line("EHLO contoso.com");
            terminal.WaitFor(s => s.Split("← 250 CHUNKING").Length > 1, "the EHLO reply");
        }
        terminal.Line("NOOP");
        terminal.WaitFor("← 250 2.0.0");

        terminal.Tmux.Press("PPage");
        terminal.WaitFor("End follows");
        terminal.Tmux.Type("N");
        var typed = terminal.WaitFor(s => !s.Contains("End follows", StringComparison.Ordinal), "the transcript back at its end");
        Assert.Contains("← 250 2.0.0", typed);

        terminal.Tmux.Press("BSpace");
        terminal.Tmux.Press("PPage");
        terminal.WaitFor("End follows");
        terminal.Tmux.Press("Enter");
        terminal.WaitFor(s => !s.Contains("End follows", StringComparison.Ordinal), "Enter bringing the end back");
    }
}
