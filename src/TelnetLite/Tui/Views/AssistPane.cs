using TelnetLite.Tui.ViewModels;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace TelnetLite.Tui.Views;

/// <summary>
/// The SMTP assist pane: the latest reply explained, warnings for the line being typed, the checklist, the
/// capabilities. Beside the transcript on a wide screen, below it (under a titled rule) on a narrow one.
/// </summary>
internal sealed class AssistPane : View
{
    private readonly AssistPaneViewModel _model;
    private readonly Palette _palette;
    private int _scroll;

    public AssistPane(AssistPaneViewModel model, Palette palette)
    {
        _model = model;
        _palette = palette;
        CanFocus = false;
    }

    /// <summary>Beside the transcript (a rule on the left) or below it (a rule on top, checklist flowed across).</summary>
    public bool Beside { get; set; } = true;

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            _scroll = Math.Max(0, _scroll - 3);
            SetNeedsDraw();
            return true;
        }
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown))
        {
            _scroll += 3;
            SetNeedsDraw();
            return true;
        }
        return base.OnMouseEvent(mouse);
    }

    // OnDrawingContent clears the viewport itself, in the palette's colour: the framework's clear before it would fill
    // every cell a second time, several milliseconds of the first frame.
    protected override bool OnClearingViewport() => true;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var height = Viewport.Height;
        SetAttribute(_palette.Normal);
        ClearViewport(context);
        if (width <= 0 || height <= 0) return true;

        SetAttribute(_palette.Border);
        int left, top;
        if (Beside)
        {
            for (var y = 0; y < height; y++) AddStr(0, y, "│");
            left = 2;
            top = 0;
        }
        else
        {
            // The rule above the pane carries its title, so every row below it is content.
            var title = $"── {_model.Title} ";
            AddStr(0, 0, title.Length >= width ? title[..width] : title + new string('─', width - title.Length));
            left = 0;
            top = 1;
        }

        var lines = _model.Render(width - left, compact: !Beside);
        var room = height - top;
        _scroll = Math.Clamp(_scroll, 0, Math.Max(0, lines.Count - room));
        for (var y = 0; y < room && y + _scroll < lines.Count; y++)
        {
            var line = lines[y + _scroll];
            SetAttribute(_palette.For(line.Style));
            AddStr(left, top + y, line.Text);
        }
        if (lines.Count - _scroll > room && room > 0)
        {
            SetAttribute(_palette.Bar);
            AddStr(width - 3, height - 1, " ↓ ");
        }
        return true;
    }
}
