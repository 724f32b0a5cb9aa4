using TelnetLite.Core.Session;
using TelnetLite.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TelnetLite.Tui.Views;

/// <summary>
/// The whole screen: transcript, assist pane (beside or below), input line and status bar, plus the window's keys.
/// </summary>
internal sealed class MainWindow : Runnable
{
    private readonly MainViewModel _model;
    private readonly Palette _palette;
    private object? _clock;
    private bool _dialogOpen;
    private (int Width, int Height) _reportedSize;

    public MainWindow(MainViewModel model, Palette palette)
    {
        _model = model;
        _palette = palette;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        SetScheme(MakeScheme(palette));

        Transcript = new TranscriptView(model, palette);
        Assist = new AssistPane(model.Assist, palette);
        Input = new InputLine(model, palette);
        StatusBar = new StatusBarView(model, palette);

        Transcript.X = Pos.Func(_ => PaneLayout().Transcript.X);
        Transcript.Y = Pos.Func(_ => PaneLayout().Transcript.Y);
        Transcript.Width = Dim.Func(_ => PaneLayout().Transcript.Width);
        Transcript.Height = Dim.Func(_ => PaneLayout().Transcript.Height);
        Assist.X = Pos.Func(_ => PaneLayout().Assist?.X ?? 0);
        Assist.Y = Pos.Func(_ => PaneLayout().Assist?.Y ?? 0);
        Assist.Width = Dim.Func(_ => PaneLayout().Assist?.Width ?? 0);
        Assist.Height = Dim.Func(_ => PaneLayout().Assist?.Height ?? 0);
        Input.X = 0;
        Input.Y = Pos.Func(_ => PaneLayout().Input.Y);
        Input.Width = Dim.Fill();
        Input.Height = Dim.Func(_ => PaneLayout().Input.Height);
        StatusBar.X = 0;
        StatusBar.Y = Pos.Func(_ => PaneLayout().Status.Y);
        StatusBar.Width = Dim.Fill();
        StatusBar.Height = Dim.Func(_ => PaneLayout().Status.Height);

        Add(Transcript, Assist, Input, StatusBar);
        Input.Field.SetFocus();
        // Typing, pasting or Enter while scrolled up: the end of the conversation comes back first.
        Input.Activity += Transcript.ScrollToEnd;

        model.Changed += OnModelChanged;
        model.FollowUpRequested += OnFollowUp;
    }

    public TranscriptView Transcript { get; }

    public AssistPane Assist { get; }

    public InputLine Input { get; }

    public StatusBarView StatusBar { get; }

    /// <summary>The panes' places for the current size and assist visibility.</summary>
    public ScreenLayout PaneLayout()
    {
        var width = Viewport.Width;
        var statusLines = StatusBarViewModel.Lines(_model.Status, _model.Now, Math.Max(1, width), _model.EscapeCharacter, _model.QueuedLines).Count;
        // The rule above the pane takes a row.
        var wanted = _model.AssistVisible && width < ScreenLayout.WideColumns ? _model.Assist.Render(width, compact: true).Count + 1 : int.MaxValue;
        return ScreenLayout.Compute(width, Viewport.Height, _model.AssistVisible, statusLines, wanted);
    }

    /// <summary>A slice of transcript entries reached the UI thread.</summary>
    public void OnTranscriptBatch(IReadOnlyList<TranscriptEntry> entries)
    {
        _model.OnTranscriptAppended(entries);
        Transcript.OnAppended(entries);
    }

    /// <summary>Handles the window's own keys before any view sees them (Terminal.Gui's Esc-quits is swallowed here).</summary>
    public void OnApplicationKeyDown(object? sender, Key key)
    {
        if (App is not { } app || app.TopRunnableView != this || _dialogOpen) return;

        if (key == Key.Esc)
        {
            // Esc never quits: it clears what is queued for the server, or leaves the (to) prompt or auth's question.
            if (!_model.CancelPrompt()) _model.ClearQueue("Esc");
            key.Handled = true;
        }
        else if (key == Key.C.WithCtrl && _model.QueuedLines > 0)
        {
            _model.ClearQueue("Ctrl+C");
            key.Handled = true;
        }
        else if (IsEscapeCharacter(key, _model.EscapeCharacter) && (_model.EscapeCharacter < ' ' || Input.Line.Length == 0))
        {
            // A printable escape character (-e '~') is also text: it acts only at the start of an empty line.
            _model.EnterCommandMode();
            key.Handled = true;
        }
        else if (key == Key.Q.WithCtrl)
        {
            Later(ConfirmQuit);
            key.Handled = true;
        }
        else if (key == Key.F1)
        {
            Later(() => HelpDialog.Show(app, StatusBarViewModel.EscapeName(_model.EscapeCharacter)));
            key.Handled = true;
        }
        else if (key == Key.F2)
        {
            _model.ToggleAssist();
            key.Handled = true;
        }
        else if (key == Key.F3)
        {
            Later(AskLogFile);
            key.Handled = true;
        }
        else if (key == Key.F4)
        {
            _model.ToggleCapabilities();
            key.Handled = true;
        }
        else if (key == Key.F5)
        {
            Later(AskOpen);
            key.Handled = true;
        }
        else if (key == Key.PageUp)
        {
            Transcript.PageUp();
            key.Handled = true;
        }
        else if (key == Key.PageDown)
        {
            Transcript.PageDown();
            key.Handled = true;
        }
        else if (key == Key.Home.WithCtrl || (key == Key.Home && Input.Line.Length == 0))
        {
            Transcript.ScrollToTop();
            key.Handled = true;
        }
        else if (key == Key.End.WithCtrl || (key == Key.End && Input.Line.Length == 0))
        {
            Transcript.ScrollToEnd();
            key.Handled = true;
        }
    }

    /// <summary>
    /// The escape character as keys arrive: Ctrl+letter for ^A..^Z, and ^\ ^] ^^ ^_ which terminals send as
    /// 0x1C..0x1F and drivers report as Ctrl+4..Ctrl+7 (or, with the kitty protocol, as the character with Ctrl).
    /// </summary>
    /// <remarks>Esc pressed just before arrives merged with it as Alt: that still means the escape character.</remarks>
    public static bool IsEscapeCharacter(Key key, char escape)
    {
        key = key.NoAlt;
        if (escape is >= '\x01' and <= '\x1a') return key == new Key((char)('A' + escape - 1)).WithCtrl;
        if (escape is >= '\x1c' and <= '\x1f')
        {
            var digit = new Key((char)('4' + escape - 0x1c)).WithCtrl;
            var symbol = new Key((char)(escape + '@')).WithCtrl;
            return key == digit || key == symbol;
        }
        return escape >= ' ' && key == new Key(escape);
    }

    protected override void OnIsRunningChanged(bool newIsRunning)
    {
        base.OnIsRunningChanged(newIsRunning);
        if (App is not { } app) return;
        if (newIsRunning)
        {
            _clock ??= app.AddTimeout(TimeSpan.FromSeconds(1), () =>
            {
                StatusBar.SetNeedsDraw();
                // Queued lines leave as replies come, each shown by its echo; without local echo the tick shows it.
                if (_model.QueuedLines > 0) Transcript.SetNeedsDraw();
                return true;
            });
            Later(() => _ = _model.StartAsync());
        }
        else if (_clock is not null)
        {
            app.RemoveTimeout(_clock);
            _clock = null;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _model.Changed -= OnModelChanged;
            _model.FollowUpRequested -= OnFollowUp;
            Input.Activity -= Transcript.ScrollToEnd;
        }
        base.Dispose(disposing);
    }

    protected override void OnSubViewLayout(LayoutEventArgs args)
    {
        var layout = PaneLayout();
        Assist.Beside = layout.AssistBeside;
        Assist.Visible = layout.Assist is not null;
        var size = (layout.Transcript.Width, layout.Transcript.Height);
        if (size != _reportedSize && size.Width > 0 && size.Height > 0)
        {
            _reportedSize = size;
            _model.ReportWindowSize(size.Width, size.Height);
        }
        base.OnSubViewLayout(args);
    }

    private void OnModelChanged()
    {
        Input.Refresh();
        SetNeedsLayout();
        Transcript.SetNeedsDraw();
        Assist.SetNeedsDraw();
        Input.SetNeedsDraw();
        StatusBar.SetNeedsDraw();
    }

    private void OnFollowUp(CommandFollowUp followUp)
    {
        switch (followUp)
        {
            case CommandFollowUp.AskForLogFile:
                Later(AskLogFile);
                break;
            case CommandFollowUp.Quit:
                Later(() => App?.RequestStop(this));
                break;
        }
    }

    private void ConfirmQuit()
    {
        if (App is not { } app) return;
        var status = _model.CurrentStatus;
        if (status.State is ConnectionState.Connected or ConnectionState.Connecting)
        {
            var target = $"{status.Host}:{status.Port}";
            if (!Modal(() => QuitConfirmation.Ask(app, target))) return;
        }
        app.RequestStop(this);
    }

    private void AskOpen()
    {
        if (App is not { } app) return;
        var request = Modal(() => OpenDialog.Ask(app, _model.Recent, _model.ConnectTimeout));
        if (request is not null) _ = _model.OpenAsync(request.Host, request.Port, request.ConnectTimeout);
    }

    private void AskLogFile()
    {
        if (App is not { } app) return;
        switch (Modal(() => LogFileDialog.Ask(app, _model.Status.LogFile)))
        {
            case { Path: { } path }:
                _ = _model.SetLogFileAsync(path);
                break;
            case { Path: null }:
                _ = _model.StopLogAsync();
                break;
        }
    }

    private T Modal<T>(Func<T> show)
    {
        _dialogOpen = true;
        try
        {
            return show();
        }
        finally
        {
            _dialogOpen = false;
            Input.Field.SetFocus();
        }
    }

    /// <summary>Runs after the current key or event is done: dialogs must not start inside another handler.</summary>
    private void Later(Action action)
    {
        App?.AddTimeout(TimeSpan.Zero, () =>
        {
            action();
            return false;
        });
    }

    private static Scheme MakeScheme(Palette palette)
    {
        var normal = palette.Normal;
        return new Scheme(normal)
        {
            Focus = normal,
            Editable = normal,
            HotNormal = normal,
            HotFocus = normal,
        };
    }
}
