using System.Net;
using System.Text;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Text;
using TelnetLite.Tests.Support;
using TelnetLite.Tui;
using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class MainViewModelTests
{
    private readonly FakeSessionController _controller = new();

    private MainViewModel Create(TuiOptions? options = null)
    {
        var model = new MainViewModel(_controller, options ?? new TuiOptions(), new HistoryStore(null));
        _controller.TranscriptAppended += model.OnTranscriptAppended;
        _controller.StatusChanged += model.OnStatusChanged;
        return model;
    }

    [Fact]
    public async Task WithoutAHostItStartsAtTheCommandPromptWithTheWelcomeLine()
    {
        var model = Create();

        await model.StartAsync();

        Assert.Equal(InputMode.Command, model.Input.Mode);
        Assert.Contains(model.Transcript.Entries(), e => e.Text.Contains("Escape character is 'CTRL+]'", StringComparison.Ordinal));
        Assert.Empty(_controller.Opened);
    }

    [Fact]
    public async Task WithAHostItConnectsAtOnceAfterTheStartedHookHasRun()
    {
        var hookSawOpened = -1;
        var model = Create(new TuiOptions { Host = "mail1.fabrikam.test", Port = 25, Started = () => hookSawOpened = _controller.Opened.Count });

        await model.StartAsync();

        Assert.Equal(0, hookSawOpened);
        Assert.Equal([("mail1.fabrikam.test", 25)], _controller.Opened);
    }

    [Fact]
    public async Task CommandFollowUpsAreObeyed()
    {
        var model = Create();
        var requested = new List<CommandFollowUp>();
        model.FollowUpRequested += requested.Add;
        _controller.Outcomes = line => line switch
        {
            "open" => new CommandOutcome([], CommandFollowUp.AskForHost),
            "set logfile" => new CommandOutcome([], CommandFollowUp.AskForLogFile),
            "quit" => new CommandOutcome([], CommandFollowUp.Quit),
            "" => new CommandOutcome([], CommandFollowUp.ReturnToSession),
            _ => new CommandOutcome([], CommandFollowUp.StayInCommandMode),
        };

        await model.SubmitAsync("set logfile");
        await model.SubmitAsync("quit");
        Assert.Equal(InputMode.Command, model.Input.Mode);
        await model.SubmitAsync("");

        Assert.Equal([CommandFollowUp.AskForLogFile, CommandFollowUp.Quit], requested);
        Assert.Equal(InputMode.Session, model.Input.Mode);
        Assert.Equal(["set logfile", "quit", ""], _controller.Commands);
    }

    [Fact]
    public async Task OpenAloneAsksToOnTheInputLineAndTheAnswerIsOpenedAsTyped()
    {
        var model = Create();
        _controller.Outcomes = line => line == "open"
            ? new CommandOutcome([], CommandFollowUp.AskForHost)
            : new CommandOutcome([], CommandFollowUp.StayInCommandMode);

        await model.SubmitAsync("open");
        Assert.Equal(InputMode.OpenHost, model.Input.Mode);
        Assert.Equal("(to) ", model.Input.Prompt);
        await model.SubmitAsync("mail1.fabrikam.test 25");

        Assert.Equal(["open", "open mail1.fabrikam.test 25"], _controller.Commands);
        Assert.Equal(InputMode.Command, model.Input.Mode);
        Assert.Equal("open mail1.fabrikam.test 25", model.Input.Up(""));
    }

    [Fact]
    public async Task AnEmptyAnswerToToOpensNothingAndEscLeavesThePrompt()
    {
        var model = Create();
        _controller.Outcomes = line => line == "open"
            ? new CommandOutcome([], CommandFollowUp.AskForHost)
            : new CommandOutcome([], CommandFollowUp.StayInCommandMode);

        await model.SubmitAsync("open");
        await model.SubmitAsync("  ");
        Assert.Equal(InputMode.Command, model.Input.Mode);
        Assert.Contains(model.Transcript.Entries(), e => e.Text.Contains("nothing opened", StringComparison.Ordinal));

        await model.SubmitAsync("open");
        Assert.True(model.CancelPrompt());
        Assert.Equal(InputMode.Command, model.Input.Mode);
        Assert.Equal(["open", "open"], _controller.Commands);
    }

    [Fact]
    public async Task SaveWritesTheTranscriptToThePathTheCommandNamed()
    {
        var model = Create();
        var path = Path.Combine(Path.GetTempPath(), $"telnetlite-{Guid.NewGuid():N}.txt");
        _controller.Outcomes = _ => new CommandOutcome([], CommandFollowUp.SaveTranscript, path);
        _controller.Append(TranscriptKind.Received, "220 mail1.fabrikam.test ESMTP");
        try
        {
            await model.SubmitAsync("save " + path);

            Assert.Contains("220 mail1.fabrikam.test ESMTP", File.ReadAllLines(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task InSessionModeLinesGoToTheServerEmptyOnesToo()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);

        await model.SubmitAsync("Subject: Test from Contoso");
        await model.SubmitAsync("");
        await model.SubmitAsync("This is a test message");

        Assert.Equal(["Subject: Test from Contoso", "", "This is a test message"], _controller.SentLines);
        Assert.Empty(_controller.Commands);
    }

    [Fact]
    public void ConnectingGoesToTheSessionAndLosingTheConnectionReturnsToTheCommandPrompt()
    {
        var model = Create();

        _controller.SetState(ConnectionState.Connecting);
        _controller.SetState(ConnectionState.Connected);
        Assert.Equal(InputMode.Session, model.Input.Mode);
        Assert.Equal(("mail1.fabrikam.test", 25), model.Recent.Entries[0]);

        _controller.SetState(ConnectionState.Closed);
        Assert.Equal(InputMode.Command, model.Input.Mode);
    }

    [Fact]
    public void TheAssistPaneShowsItselfWhenSmtpIsConfirmed()
    {
        var model = Create();
        Assert.False(model.AssistVisible);

        _controller.FakeAssistant.Recognition = AssistRecognition.Tentative;
        _controller.RaiseStatusChanged();
        Assert.False(model.AssistVisible);

        _controller.FakeAssistant.Recognition = AssistRecognition.Confirmed;
        _controller.RaiseStatusChanged();
        Assert.True(model.AssistVisible);
    }

    [Fact]
    public async Task InAnSmtpSessionALineTypedWhileAReplyIsAwaitedIsQueuedAndGoesWhenTheReplyComes()
    {
        var model = Create();
        _controller.FakeAssistant.Recognition = AssistRecognition.Confirmed;
        _controller.SetState(ConnectionState.Connected);
        var awaiting = true;
        _controller.FakeAssistant.Pacing = _ => awaiting ? new PacingDecision(PacingVerdict.Wait, "waiting for the reply to DATA") : PacingDecision.SendNow;

        await model.SubmitAsync("Subject: Test");
        await model.SubmitAsync("");

        Assert.Empty(_controller.SentLines);
        Assert.Equal(2, model.QueuedLines);
        Assert.Equal(["Subject: Test", ""], model.QueuedLinesShown);

        awaiting = false;
        _controller.Append(TranscriptKind.Received, "354 Start mail input");

        Assert.Equal(["Subject: Test", ""], _controller.SentLines);
        Assert.Equal(0, model.QueuedLines);
    }

    [Fact]
    public async Task OutsideSmtpATypedLineGoesAtOnceAsInTelnet()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);
        _controller.FakeAssistant.Pacing = _ => new PacingDecision(PacingVerdict.Wait, "never asked");

        await model.SubmitAsync("ls -l");

        Assert.Equal(["ls -l"], _controller.SentLines);
        Assert.Empty(_controller.FakeAssistant.PacedLines);
    }

    [Fact]
    public async Task ClearingTheQueueSendsNoneOfItsLinesAndSaysSo()
    {
        var model = Create();
        _controller.FakeAssistant.Recognition = AssistRecognition.Confirmed;
        _controller.SetState(ConnectionState.Connected);
        var awaiting = true;
        _controller.FakeAssistant.Pacing = _ => awaiting ? new PacingDecision(PacingVerdict.Wait, "waiting") : PacingDecision.SendNow;
        await model.SubmitAsync("MAIL FROM:<chris@contoso.com>");
        await model.SubmitAsync("RCPT TO:<kate@fabrikam.com>");

        Assert.Equal(2, model.ClearQueue("Esc"));
        awaiting = false;
        _controller.Append(TranscriptKind.Received, "250 ok");

        Assert.Empty(_controller.SentLines);
        Assert.Equal(0, model.QueuedLines);
        Assert.Contains(model.Transcript.Entries(), e => e.Text == "2 queued lines were cleared with Esc and not sent.");
        Assert.Equal(0, model.ClearQueue("Esc"));
    }

    [Fact]
    public void QueuedLinesAfterAnAuthAreShownAsStars()
    {
        var model = Create();
        _controller.FakeAssistant.Recognition = AssistRecognition.Confirmed;
        _controller.SetState(ConnectionState.Connected);
        _controller.FakeAssistant.Pacing = _ => new PacingDecision(PacingVerdict.Wait, "waiting");

        _ = model.SubmitAsync("AUTH LOGIN");
        _ = model.SubmitAsync("Y2hyaXNAY29udG9zby5jb20=");
        _ = model.SubmitAsync("ZGVtbw==");

        Assert.Equal(["AUTH LOGIN", "********", "********"], model.QueuedLinesShown);
        model.ClearQueue("Esc");
    }

    [Fact]
    public void TheLinesOfAFailedReplyAreMarkedForHighlighting()
    {
        var model = Create();
        var reply = new SmtpReply(550, null,
        [
            new SmtpReplyLine(550, false, "5.1.1 User unknown", "550-5.1.1 User unknown"),
            new SmtpReplyLine(550, true, "5.1.1 Try another", "550 5.1.1 Try another"),
        ], SmtpReplyFlaws.None);
        var annotation = new SmtpAnnotation(reply, SmtpVerb.Rcpt, AssistSeverity.PermanentFailure, "no such user", [], null);
        var explained = new ReplyAnnotatedEvent(DateTimeOffset.Now, annotation);

        _controller.Append(
            new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, "250 2.1.0 Sender OK"),
            new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Sent, "RCPT TO:<nobody@fabrikam.com>"),
            new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, "550-5.1.1 User unknown"),
            new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, "550 5.1.1 Try another"),
            new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Annotation, explained.Message.Lines[0], explained));

        Assert.Equal([ReplyTone.None, ReplyTone.None, ReplyTone.PermanentFailure, ReplyTone.PermanentFailure, ReplyTone.None],
            Enumerable.Range(0, model.Transcript.Count).Select(model.Transcript.ToneAt));
    }

    [Fact]
    public void TheInputIsMaskedWhileTheNextLineIsASecret()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);
        Assert.False(model.InputIsSecret);

        _controller.FakeAssistant.Secrets.Add("");

        Assert.True(model.InputIsSecret);
        model.EnterCommandMode();
        Assert.False(model.InputIsSecret);
    }

    [Fact]
    public async Task PastedLinesWaitForTheAssistantAndGoOnWhenTheReplyArrives()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);
        var awaiting = false;
        _controller.FakeAssistant.Pacing = _ => awaiting ? new PacingDecision(PacingVerdict.Wait, "waiting for the reply") : PacingDecision.SendNow;
        _controller.Outcomes = _ => new CommandOutcome([], CommandFollowUp.StayInCommandMode);

        awaiting = true;
        var rest = await model.PasteAsync("", "EHLO contoso.com\r\nMAIL FROM:<chris@contoso.com>\r\nRCPT");

        Assert.Equal("RCPT", rest);
        Assert.Empty(_controller.SentLines);
        Assert.Equal(2, model.QueuedLines);

        awaiting = false;
        _controller.Append(TranscriptKind.Received, "220 ready");

        Assert.Equal(["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>"], _controller.SentLines);
        Assert.Equal(0, model.QueuedLines);
    }

    [Fact]
    public async Task APastedLineTheAssistantDropsIsReportedAndNotSent()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);
        _controller.FakeAssistant.Pacing = line => line == "Subject: x"
            ? new PacingDecision(PacingVerdict.Drop, "DATA was refused")
            : PacingDecision.SendNow;

        await model.PasteAsync("", "Subject: x\nQUIT\n");

        Assert.Equal(["QUIT"], _controller.SentLines);
        Assert.Contains(model.Transcript.Entries(), e => e.Kind == TranscriptKind.Warning && e.Text.Contains("DATA was refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PastedLinesStillWaitingWhenTheConnectionClosesAreReportedNotSent()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);
        _controller.FakeAssistant.Pacing = _ => new PacingDecision(PacingVerdict.Wait);
        await model.PasteAsync("", "EHLO a\nQUIT\n");

        _controller.SetState(ConnectionState.Closed);

        Assert.Empty(_controller.SentLines);
        Assert.Contains(model.Transcript.Entries(), e => e.Text.Contains("2 queued lines were not sent", StringComparison.Ordinal));
    }

    [Fact]
    public void LintRunsOnlyForSessionLines()
    {
        var model = Create();
        _controller.FakeAssistant.Linting = _ => [new AssistMessage(AssistSeverity.ProtocolWarning, ["warning: x"])];

        model.UpdateLint("open host");
        Assert.Empty(model.Assist.Lint);

        _controller.SetState(ConnectionState.Connected);
        model.UpdateLint("MAIL FROM:a@b");
        Assert.Single(model.Assist.Lint);

        model.EnterCommandMode();
        Assert.Empty(model.Assist.Lint);
    }

    [Fact]
    public async Task HistoryIsSavedAndReadBackAcrossRuns()
    {
        var folder = Directory.CreateTempSubdirectory("telnetlite-history-");
        try
        {
            var first = new MainViewModel(_controller, new TuiOptions(), new HistoryStore(folder.FullName));
            first.Input.SetMode(InputMode.Session);
            await first.SubmitAsync("EHLO contoso.com");
            await first.SubmitAsync("AUTH PLAIN AGNocmlzAHNlY3JldA==");
            first.SaveHistory();

            var second = new MainViewModel(_controller, new TuiOptions(), new HistoryStore(folder.FullName));

            Assert.Equal(["EHLO contoso.com"], second.Input.SessionHistory.Lines);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ALogFileChosenInTheDialogDuringASessionLeavesTheInputLineInSessionMode()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);

        await model.SetLogFileAsync("f3.log");
        await model.SubmitAsync("NOOP");

        Assert.Equal(["set logfile f3.log"], _controller.Commands);
        Assert.Equal(InputMode.Session, model.Input.Mode);
        Assert.Equal(["NOOP"], _controller.SentLines);
    }

    [Fact]
    public async Task ALogFileChosenInTheDialogFromTheCommandPromptLeavesItAtTheCommandPrompt()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);
        model.EnterCommandMode();

        await model.SetLogFileAsync("f3.log");

        Assert.Equal(InputMode.Command, model.Input.Mode);
    }

    [Fact]
    public void PastedLinesThatMayGoAreSentOneAfterAnotherWithoutWaitingForTheUiThreadBetweenThem()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);
        _controller.SendsCompleteLater = true;
        var lines = Enumerable.Range(1, 200).Select(i => $"message line {i}").ToList();
        var ui = new TurnCountingContext();

        ui.RunUntil(() => _ = model.PasteAsync("", string.Join("\r\n", lines) + "\r\n"), () => _controller.SentCount == lines.Count);

        Assert.InRange(ui.Turns, 1, 3);
        Assert.Equal(lines, _controller.SentLines);
        Assert.Equal(lines, _controller.FakeAssistant.PacedLines);
    }

    [Fact]
    public void APastedCommandStillWaitsForTheReplyToThePreviousOneWhenSendsCompleteLater()
    {
        var model = Create();
        _controller.SetState(ConnectionState.Connected);
        _controller.SendsCompleteLater = true;
        var replied = false;
        _controller.FakeAssistant.Pacing = line => line.StartsWith("MAIL", StringComparison.Ordinal) && !Volatile.Read(ref replied)
            ? new PacingDecision(PacingVerdict.Wait, "waiting for the reply to EHLO")
            : PacingDecision.SendNow;
        var ui = new TurnCountingContext();

        ui.RunUntil(() => _ = model.PasteAsync("", "EHLO contoso.com\nMAIL FROM:<chris@contoso.com>\n"), () => _controller.SentCount == 1);
        Assert.Equal(["EHLO contoso.com"], _controller.SentLines);
        Assert.Equal(1, model.QueuedLines);

        Volatile.Write(ref replied, true);
        ui.RunUntil(() => _controller.Append(TranscriptKind.Received, "250 mail1.fabrikam.test"), () => _controller.SentCount == 2);

        Assert.Equal(["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>"], _controller.SentLines);
        Assert.Equal(0, model.QueuedLines);
    }

    [Fact]
    public async Task TypedMessageLinesAreNotKeptInTheHistoryOnlyTheCommands()
    {
        var smtp = new SmtpAssistant(25, SmtpAnnotator.Annotate);
        _controller.RealAssistant = smtp;
        var model = Create();
        _controller.SetState(ConnectionState.Connected);
        var loopback = new IPEndPoint(IPAddress.Loopback, 25);
        smtp.Observe(new ConnectedEvent(DateTimeOffset.Now, "127.0.0.1", 25, loopback, new IPEndPoint(IPAddress.Loopback, 40000)));
        void Reply(string reply) => smtp.Observe(new LinesReceivedEvent(DateTimeOffset.Now, new ReceivedLineAssembler().Feed(Encoding.ASCII.GetBytes(reply + "\r\n"))));
        async Task Send(string line)
        {
            await model.SubmitAsync(line);
            smtp.Observe(new LineSentEvent(DateTimeOffset.Now, Encoding.ASCII.GetBytes(line), false));
        }

        Reply("220 mail1.fabrikam.test ESMTP");
        await Send("EHLO contoso.com");
        Reply("250 mail1.fabrikam.test");
        await Send("MAIL FROM:<chris@contoso.com>");
        Reply("250 2.1.0 Sender OK");
        await Send("RCPT TO:<dana@fabrikam.test>");
        Reply("250 2.1.5 Recipient OK");
        await Send("DATA");
        Reply("354 Start mail input; end with <CRLF>.<CRLF>");
        await Send("Subject: quarterly figures");
        await Send("");
        await Send("The figures are attached.");
        await Send(".");
        Reply("250 2.0.0 Queued");
        await Send("QUIT");

        Assert.Equal(["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "RCPT TO:<dana@fabrikam.test>", "DATA", "QUIT"], model.Input.SessionHistory.Lines);
    }

    [Fact]
    public void ConnectionsAreRememberedAsRecentHostsUnlessTheRunSaysNot()
    {
        var remembering = Create();
        _controller.SetState(ConnectionState.Connected, "mail1.fabrikam.test", 25);
        Assert.Equal([("mail1.fabrikam.test", 25)], remembering.Recent.Entries);

        var demo = new FakeSessionController();
        var forgetting = new MainViewModel(demo, new TuiOptions { RememberHosts = false }, new HistoryStore(null));
        demo.StatusChanged += forgetting.OnStatusChanged;
        demo.SetState(ConnectionState.Connected, "127.0.0.1", 43117);

        Assert.Empty(forgetting.Recent.Entries);
    }
}
