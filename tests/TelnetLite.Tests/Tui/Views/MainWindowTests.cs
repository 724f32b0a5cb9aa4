using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Tests.Support;
using TelnetLite.Tui.ViewModels;
using TelnetLite.Tui.Views;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace TelnetLite.Tests.Tui.Views;

public sealed class MainWindowTests
{
    [Fact]
    public void WithNoHostTheWindowOpensAtTheCommandPromptNamingTheEscapeCharacter()
    {
        using var tui = new HeadlessTui(80, 24);

        var screen = tui.Screen;

        Assert.Contains("Escape character is 'CTRL+]'", screen);
        Assert.Contains("telnetlite>", screen);
        Assert.Contains("F1 Help", screen);
        Assert.Equal(InputMode.Command, tui.Model.Input.Mode);
    }

    [Fact]
    public void AHostGivenOnTheCommandLineIsOpenedAtOnce()
    {
        using var tui = new HeadlessTui(options: new TelnetLite.Tui.TuiOptions { Host = "mail1.fabrikam.test", Port = 25 });

        Assert.Equal([("mail1.fabrikam.test", 25)], tui.Controller.Opened);
    }

    [Fact]
    public void ACommandTypedAtThePromptGoesToTheController()
    {
        using var tui = new HeadlessTui();

        tui.Type("set localecho");
        tui.Press(Key.Enter);

        Assert.Equal(["set localecho"], tui.Controller.Commands);
    }

    [Fact]
    public void EnterInSessionModeSendsTheLineAndAnEmptyEnterSendsAnEmptyLine()
    {
        using var tui = new HeadlessTui();
        tui.Controller.SetState(ConnectionState.Connected);
        tui.Settle();

        tui.Type("EHLO contoso.com");
        tui.Press(Key.Enter);
        tui.Press(Key.Enter);

        Assert.Equal(["EHLO contoso.com", ""], tui.Controller.SentLines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CtrlRightBracketSwitchesToCommandModeWhetherItArrivesAsCtrl5OrAsTheBracket(bool asBracket)
    {
        using var tui = new HeadlessTui();
        tui.Controller.SetState(ConnectionState.Connected);
        tui.Settle();
        Assert.Equal(InputMode.Session, tui.Model.Input.Mode);

        tui.Press(asBracket ? new Key(']').WithCtrl : Key.D5.WithCtrl);

        Assert.Equal(InputMode.Command, tui.Model.Input.Mode);
        Assert.Contains("telnetlite>", tui.Screen);
        Assert.Empty(tui.Controller.SentLines);
    }

    [Fact]
    public void APrintableEscapeCharacterIsOrdinaryTextInsideALineAndActsOnlyOnAnEmptyOne()
    {
        using var tui = new HeadlessTui();
        tui.Controller.EscapeCharacter = '~';
        tui.Controller.SetState(ConnectionState.Connected);
        tui.Settle();

        tui.Type("NOOP a~b");
        Assert.Equal(InputMode.Session, tui.Model.Input.Mode);
        Assert.Equal("NOOP a~b", tui.Window.Input.Line);
        tui.Press(Key.Enter);
        Assert.Equal(["NOOP a~b"], tui.Controller.SentLines);

        tui.Type("~");
        Assert.Equal(InputMode.Command, tui.Model.Input.Mode);
        Assert.Equal("", tui.Window.Input.Line);
    }

    [Fact]
    public void CtrlRightBracketActsInTheMiddleOfALineToo()
    {
        using var tui = new HeadlessTui();
        tui.Controller.SetState(ConnectionState.Connected);
        tui.Settle();

        tui.Type("NOOP a");
        tui.Press(Key.D5.WithCtrl);

        Assert.Equal(InputMode.Command, tui.Model.Input.Mode);
    }

    [Fact]
    public void EscDoesNotQuit()
    {
        using var tui = new HeadlessTui();

        tui.Press(Key.Esc);

        Assert.False(tui.Window.StopRequested);
        Assert.Same(tui.Window, tui.App.TopRunnableView);
    }

    [Fact]
    public void TranscriptEntriesFromTheSessionThreadAppearOnScreen()
    {
        using var tui = new HeadlessTui();

        var thread = new Thread(() => tui.Controller.Append(TranscriptKind.Received, "220 mail1.fabrikam.test ESMTP ready"));
        thread.Start();
        thread.Join();
        for (var i = 0; i < 50 && !tui.Screen.Contains("220 mail1", StringComparison.Ordinal); i++) Thread.Sleep(20);

        Assert.Contains("220 mail1.fabrikam.test ESMTP ready", tui.Screen);
    }

    [Fact]
    public void ConnectionLossIsShownAtOnceAndTheWindowStaysInCommandMode()
    {
        using var tui = new HeadlessTui();
        tui.Controller.SetState(ConnectionState.Connected);
        tui.Settle();

        tui.Controller.Append(TranscriptKind.Error, "Connection closed by foreign host.");
        tui.Controller.SetState(ConnectionState.Closed);

        var screen = tui.Screen;
        Assert.Contains("Connection closed by foreign host.", screen);
        Assert.Contains("telnetlite>", screen);
        Assert.Equal(InputMode.Command, tui.Model.Input.Mode);
    }

    [Fact]
    public void TheAssistPaneAppearsBesideTheTranscriptWhenSmtpIsRecognisedOnAWideScreen()
    {
        using var tui = new HeadlessTui(120, 40);
        Assert.DoesNotContain("SMTP assist", tui.Screen);

        tui.Controller.FakeAssistant.Recognition = AssistRecognition.Confirmed;
        tui.Controller.Append(Annotated("250 2.1.0 Sender OK", AssistSeverity.Success, "250 2.1.0 success: the sender is accepted", "next: RCPT TO:<recipient>"));
        tui.Settle();

        var layout = tui.Window.PaneLayout();
        Assert.True(layout.AssistBeside);
        Assert.Contains("SMTP assist", tui.Screen);
        Assert.Contains("next: RCPT TO:<recipient>", tui.Screen);
        var row = tui.Screen.Split('\n').First(l => l.Contains("SMTP assist", StringComparison.Ordinal));
        Assert.True(row.IndexOf("SMTP assist", StringComparison.Ordinal) > 60);
    }

    [Fact]
    public void TheAssistPaneGoesBelowTheTranscriptAt80ColumnsAndF2HidesIt()
    {
        using var tui = new HeadlessTui(80, 24);
        tui.Controller.FakeAssistant.Recognition = AssistRecognition.Confirmed;
        tui.Controller.RaiseStatusChanged();
        tui.Settle();

        var layout = tui.Window.PaneLayout();
        Assert.False(layout.AssistBeside);
        Assert.NotNull(layout.Assist);
        Assert.Contains("SMTP assist", tui.Screen);

        tui.Press(Key.F2);

        Assert.DoesNotContain("SMTP assist", tui.Screen);
    }

    [Fact]
    public void LintWarningsForTheLineBeingTypedShowInTheAssistPane()
    {
        using var tui = new HeadlessTui(120, 40);
        tui.Controller.FakeAssistant.Recognition = AssistRecognition.Confirmed;
        tui.Controller.FakeAssistant.Linting = line => line.Contains('<', StringComparison.Ordinal)
            ? []
            : [new AssistMessage(AssistSeverity.ProtocolWarning, ["warning: MAIL FROM without angle brackets"])];
        tui.Controller.SetState(ConnectionState.Connected);
        tui.Settle();

        tui.Type("MAIL FROM:chris@contoso.com");

        Assert.Contains("warning: MAIL FROM without angle brackets", tui.Screen);
        Assert.Contains("MAIL FROM:chris@contoso.com", tui.Controller.LintedLines);
    }

    [Fact]
    public void PageUpScrollsBackAndEndFollowsTheTranscriptAgain()
    {
        using var tui = new HeadlessTui(80, 24);
        tui.Controller.Append(Enumerable.Range(0, 200).Select(i => new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, $"line {i}")).ToArray());
        tui.Settle();
        Assert.Contains("line 199", tui.Screen);

        tui.Press(Key.PageUp);
        Assert.DoesNotContain("line 199", tui.Screen);
        Assert.Contains("End follows", tui.Screen);

        tui.Controller.Append(TranscriptKind.Received, "line 200");
        tui.Settle();
        Assert.DoesNotContain("line 200", tui.Screen);

        tui.Press(Key.End);
        Assert.Contains("line 200", tui.Screen);
    }

    [Fact]
    public void AMillionLineBurstDrainsWhileKeysStillAnswerAndTheTranscriptStaysWithinTheScrollback()
    {
        using var tui = new HeadlessTui(80, 24);
        tui.Controller.SetState(ConnectionState.Connected);
        tui.Settle();
        var producer = new Thread(() =>
        {
            for (var batch = 0; batch < 1_000; batch++)
            {
                tui.Controller.Append(Enumerable.Range(batch * 1_000, 1_000)
                    .Select(i => new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, $"line {i}")).ToArray());
            }
        });
        producer.Start();

        tui.Type("NOOP");
        producer.Join();
        for (var turn = 0; turn < 10_000 && tui.Model.Transcript[tui.Model.Transcript.Count - 1].Text != "line 999999"; turn++) tui.Settle();

        Assert.Equal("NOOP", tui.Window.Input.Line);
        Assert.Equal("line 999999", tui.Model.Transcript[tui.Model.Transcript.Count - 1].Text);
        Assert.True(tui.Model.Transcript.Count <= TranscriptViewModel.DefaultScrollback);
        Assert.Contains("line 999999", tui.Screen);
    }

    [Fact]
    public void TheMouseWheelScrollsTheTranscript()
    {
        using var tui = new HeadlessTui(80, 24);
        tui.Controller.Append(Enumerable.Range(0, 100).Select(i => new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, $"line {i}")).ToArray());
        tui.Settle();

        tui.App.InjectMouse(new Mouse { ScreenPosition = new System.Drawing.Point(5, 5), Flags = MouseFlags.WheeledUp });
        tui.Settle();

        Assert.Equal(3, tui.Window.Transcript.Scroller.OffsetFromEnd);
        Assert.DoesNotContain("line 99", tui.Screen);
    }

    [Theory]
    [InlineData(40, 10)]
    [InlineData(20, 5)]
    [InlineData(1, 1)]
    [InlineData(200, 60)]
    public void TheWindowDrawsWithoutFailingAtAnySize(int width, int height)
    {
        using var tui = new HeadlessTui(80, 24);
        tui.Controller.FakeAssistant.Recognition = AssistRecognition.Confirmed;
        tui.Controller.SetState(ConnectionState.Connected);
        tui.Controller.Append(Annotated("550 5.1.1 User unknown", AssistSeverity.PermanentFailure, "550 5.1.1 permanent failure: no such user", "cause: the recipient does not exist in the organisation"));

        tui.Resize(width, height);

        Assert.NotEqual("", tui.Screen.Trim());
    }

    [Fact]
    public void TheStatusBarShowsTheConnectionAndTheKeysOnTwoLinesAt80Columns()
    {
        using var tui = new HeadlessTui(80, 24);
        tui.Controller.SetState(ConnectionState.Connected, "mail1.fabrikam.test", 25);

        var lines = tui.Screen.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var last = lines.FindLastIndex(l => l.Trim().Length > 0);

        Assert.StartsWith("mail1.fabrikam.test:25 connected", lines[last - 1]);
        Assert.StartsWith("F1 Help", lines[last]);
        Assert.Contains("Ctrl+Q Quit", lines[last]);
    }

    [Fact]
    public void SmokeTestRendersTheWindowAndSucceeds()
    {
        Assert.Equal(0, TelnetLite.Tui.TuiApp.RunSmokeTest(new FakeSessionController()));
    }

    [Fact]
    public void SmokeTestWithTheRealSessionControllerSucceeds()
    {
        Assert.Equal(0, TelnetLite.Tui.TuiApp.RunSmokeTest());
    }

    [Theory]
    [InlineData('\x1d', "D5", true)]
    [InlineData('\x1d', "]", true)]
    [InlineData('\x1d', "D6", false)]
    [InlineData('\x18', "X", true)]
    [InlineData('\x1c', "D4", true)]
    public void TheEscapeCharacterIsRecognisedInTheFormsTerminalsSendIt(char escape, string keyName, bool expected)
    {
        var key = keyName switch
        {
            "D5" => Key.D5.WithCtrl,
            "D6" => Key.D6.WithCtrl,
            "D4" => Key.D4.WithCtrl,
            "]" => new Key(']').WithCtrl,
            _ => new Key(keyName[0]).WithCtrl,
        };

        Assert.Equal(expected, MainWindow.IsEscapeCharacter(key, escape));
    }

    internal static TranscriptEntry[] Annotated(string reply, AssistSeverity severity, params string[] lines)
    {
        var message = new AssistNoteEvent(DateTimeOffset.Now, new AssistMessage(severity, lines));
        return
        [
            new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Received, reply),
            .. lines.Select((l, i) => new TranscriptEntry(DateTimeOffset.Now, TranscriptKind.Annotation, "# " + l, message, AssistLine: i)),
        ];
    }
}
