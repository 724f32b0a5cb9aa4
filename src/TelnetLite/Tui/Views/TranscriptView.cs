using TelnetLite.Tui.ViewModels;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace TelnetLite.Tui.Views;

/// <summary>The session as it happens, coloured by kind; follows the end unless the user scrolled up.</summary>
internal sealed class TranscriptView : View
{
    private const int WheelRows = 3;

    private readonly TranscriptViewModel _model;
    private readonly Palette _palette;

    public TranscriptView(TranscriptViewModel model, Palette palette)
    {
        _model = model;
        _palette = palette;
        CanFocus = false;
        Scroller = new TranscriptScroller();
    }

    public TranscriptScroller Scroller { get; }

    /// <summary>Call after entries were appended to the model (with those entries), before the next draw.</summary>
    public void OnAppended(IReadOnlyList<TelnetLite.Core.Session.TranscriptEntry> entries)
    {
        if (!Scroller.Following)
        {
            var width = Math.Max(1, Viewport.Width);
            var rows = 0;
            foreach (var entry in entries) rows += TranscriptLayout.RowCount(entry, width);
            Scroller.OnAppended(rows);
        }
        SetNeedsDraw();
    }

    public void PageUp() => Scroll(-Math.Max(1, Viewport.Height - 1));

    public void PageDown() => Scroll(Math.Max(1, Viewport.Height - 1));

    public void ScrollToTop()
    {
        Scroller.Top(TranscriptScroller.TotalRows(_model, Math.Max(1, Viewport.Width)), Viewport.Height);
        SetNeedsDraw();
    }

    public void ScrollToEnd()
    {
        Scroller.End();
        SetNeedsDraw();
    }

    /// <summary>Positive scrolls towards the end.</summary>
    public void Scroll(int rows)
    {
        if (rows < 0) Scroller.ScrollUp(-rows, TranscriptScroller.TotalRows(_model, Math.Max(1, Viewport.Width)), Viewport.Height);
        else Scroller.ScrollDown(rows);
        SetNeedsDraw();
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            Scroll(-WheelRows);
            return true;
        }
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown))
        {
            Scroll(WheelRows);
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

        var rows = Scroller.Visible(_model, width, height);
        IReadOnlyList<string> wrapped = [];
        var wrappedIndex = -1;
        for (var y = 0; y < rows.Count; y++)
        {
            var (index, row) = rows[y];
            var entry = _model[index];
            if (index != wrappedIndex)
            {
                wrapped = TranscriptLayout.Rows(entry, width);
                wrappedIndex = index;
            }
            SetAttribute(_palette.For(entry));
            Move(0, y);
            AddStr(row < wrapped.Count ? wrapped[row] : "");
        }

        if (!Scroller.Following)
        {
            var hint = $" ↓ {Scroller.OffsetFromEnd} more rows · End follows ";
            if (hint.Length > width) hint = $" ↓{Scroller.OffsetFromEnd} ";
            SetAttribute(_palette.Bar);
            Move(Math.Max(0, width - hint.Length), height - 1);
            AddStr(hint.Length > width ? hint[..width] : hint);
        }
        return true;
    }
}
