using TelnetLite.Tui.ViewModels;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TelnetLite.Tui.Views;

/// <summary>
/// The line being typed, edited locally and sent whole: the prompt (<c>&gt;</c> or <c>telnetlite&gt;</c>) and a
/// text field with Up/Down history. Enter hands the line to the model.
/// </summary>
internal sealed class InputLine : View
{
    private readonly MainViewModel _model;
    private readonly Palette _palette;

    public InputLine(MainViewModel model, Palette palette)
    {
        _model = model;
        _palette = palette;
        CanFocus = true;
        Field = new TextField { X = model.Input.Prompt.Length, Y = 0, Width = Dim.Fill(), Height = 1 };
        Field.Accepting += OnAccepting;
        Field.KeyDown += OnFieldKeyDown;
        Field.TextChanged += (_, _) =>
        {
            _model.UpdateLint(Field.Text);
            if (Field.Text.Length > 0) Activity?.Invoke();
        };
        Add(Field);
        model.Input.ModeChanged += OnModeChanged;
    }

    public TextField Field { get; }

    /// <summary>Something was typed, pasted or entered: the transcript returns to its end.</summary>
    public event Action? Activity;

    /// <summary>Follows the model: the prompt, and stars instead of the text while the line is a password.</summary>
    public void Refresh()
    {
        var secret = _model.InputIsSecret;
        if (Field.Secret != secret) Field.Secret = secret;
        SetNeedsDraw();
    }

    public string Line
    {
        get => Field.Text;
        set
        {
            Field.Text = value;
            Field.MoveEnd();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttribute(_palette.Normal);
        ClearViewport(context);
        SetAttribute(_model.Input.Mode == InputMode.Session ? _palette.Prompt : _palette.CommandPrompt);
        AddStr(0, 0, _model.Input.Prompt);
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _model.Input.ModeChanged -= OnModeChanged;
        base.Dispose(disposing);
    }

    private void OnModeChanged()
    {
        Field.X = _model.Input.Prompt.Length;
        Field.Secret = _model.InputIsSecret;
        SetNeedsLayout();
        SetNeedsDraw();
    }

    private void OnAccepting(object? sender, CommandEventArgs e)
    {
        e.Handled = true;
        var text = Field.Text;
        Field.Text = "";
        Activity?.Invoke();
        _ = _model.SubmitAsync(text);
    }

    private void OnFieldKeyDown(object? sender, Key key)
    {
        if (key == Key.CursorUp)
        {
            if (_model.Input.Up(Field.Text) is { } earlier) Line = earlier;
            key.Handled = true;
        }
        else if (key == Key.CursorDown)
        {
            if (_model.Input.Down() is { } later) Line = later;
            key.Handled = true;
        }
        else if (key == Key.U.WithCtrl)
        {
            // Ctrl+U erases the line, as in a terminal's line discipline.
            Field.Text = "";
            key.Handled = true;
        }
    }
}
