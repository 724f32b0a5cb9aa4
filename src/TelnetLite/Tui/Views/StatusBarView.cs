using TelnetLite.Tui.ViewModels;
using Terminal.Gui.ViewBase;

namespace TelnetLite.Tui.Views;

/// <summary>The status bar: one line where it fits, two where it does not (state above, keys below).</summary>
internal sealed class StatusBarView : View
{
    private readonly MainViewModel _model;
    private readonly Palette _palette;

    public StatusBarView(MainViewModel model, Palette palette)
    {
        _model = model;
        _palette = palette;
        CanFocus = false;
    }

    public IReadOnlyList<string> CurrentLines(int width) =>
        StatusBarViewModel.Lines(_model.Status, _model.Now, width, _model.EscapeCharacter, _model.QueuedLines);

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        SetAttribute(_palette.Bar);
        ClearViewport(context);
        if (width <= 0) return true;
        var lines = CurrentLines(width);
        for (var y = 0; y < Viewport.Height; y++)
        {
            var text = y < lines.Count ? lines[y] : "";
            AddStr(0, y, text.PadRight(width));
        }
        return true;
    }
}
