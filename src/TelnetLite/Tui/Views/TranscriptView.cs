using TelnetLite.Core.Session;
using TelnetLite.Core.Text;
using TelnetLite.Tui.ViewModels;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace TelnetLite.Tui.Views;

/// <summary>
/// The session as it happens: a marker column (<c>→</c> sent, <c>←</c> received), each line coloured by kind, the
/// lines of a failed reply highlighted, and under it the lines queued for the server. Follows the end unless the user
/// scrolled up.
/// </summary>
internal sealed class TranscriptView : View
{
    private const int WheelRows = 3;
    // The queue shows its oldest lines; more than this is counted on one row.
    private const int QueueRowsShown = 3;

    private readonly MainViewModel _owner;
    private readonly TranscriptViewModel _model;
    private readonly Palette _palette;

    public TranscriptView(MainViewModel owner, Palette palette)
    {
        _owner = owner;
        _model = owner.Transcript;
        _palette = palette;
        CanFocus = false;
        Scroller = new TranscriptScroller();
    }

    public TranscriptScroller Scroller { get; }

    /// <summary>Call after entries were appended to the model (with those entries), before the next draw.</summary>
    public void OnAppended(IReadOnlyList<TranscriptEntry> entries)
    {
        if (!Scroller.Following)
        {
            var width = Math.Max(1, Viewport.Width);
            var display = _owner.Display;
            var rows = 0;
            foreach (var entry in entries) rows += TranscriptLayout.RowCount(entry, width, display);
            Scroller.OnAppended(rows);
        }
        SetNeedsDraw();
    }

    public void PageUp() => Scroll(-Math.Max(1, TranscriptRows - 1));

    public void PageDown() => Scroll(Math.Max(1, TranscriptRows - 1));

    public void ScrollToTop()
    {
        Scroller.Top(TranscriptScroller.TotalRows(_model, Math.Max(1, Viewport.Width), _owner.Display), TranscriptRows);
        SetNeedsDraw();
    }

    public void ScrollToEnd()
    {
        if (Scroller.Following) return;
        Scroller.End();
        SetNeedsDraw();
    }

    /// <summary>Positive scrolls towards the end.</summary>
    public void Scroll(int rows)
    {
        if (rows < 0) Scroller.ScrollUp(-rows, TranscriptScroller.TotalRows(_model, Math.Max(1, Viewport.Width), _owner.Display), TranscriptRows);
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
        SetAttribute(_palette.Normal);
        ClearViewport(context);
        if (width <= 0 || Viewport.Height <= 0) return true;

        var queue = QueueRows(width);
        var height = Math.Max(0, Viewport.Height - queue.Count);
        var display = _owner.Display;
        var rows = Scroller.Visible(_model, width, height, display);
        IReadOnlyList<string> wrapped = [];
        var wrappedIndex = -1;
        for (var y = 0; y < rows.Count; y++)
        {
            var (index, row) = rows[y];
            var entry = _model[index];
            if (index != wrappedIndex)
            {
                wrapped = TranscriptLayout.Rows(entry, width, display);
                wrappedIndex = index;
            }
            var text = row < wrapped.Count ? wrapped[row] : "";
            var gutter = row == 0 ? TranscriptLayout.Gutter(entry, display) : "";
            Move(0, y);
            if (gutter.Length > 0 && text.StartsWith(gutter, StringComparison.Ordinal))
            {
                // The marker column in its own colour: the direction reads at a glance, the text keeps its kind's colour.
                SetAttribute(_palette.Marker(entry));
                AddStr(gutter);
                text = text[gutter.Length..];
            }
            SetAttribute(_palette.For(entry, _model.ToneAt(index)));
            AddStr(text);
        }

        for (var i = 0; i < queue.Count; i++)
        {
            SetAttribute(_palette.Queued);
            Move(0, height + i);
            AddStr(queue[i]);
        }

        if (!Scroller.Following && height > 0)
        {
            var hint = $" ↓ {Scroller.OffsetFromEnd} more rows · End follows ";
            if (hint.Length > width) hint = $" ↓{Scroller.OffsetFromEnd} ";
            SetAttribute(_palette.Bar);
            Move(Math.Max(0, width - hint.Length), height - 1);
            AddStr(hint.Length > width ? hint[..width] : hint);
        }
        return true;
    }

    /// <summary>Rows the transcript itself has: the view's height less the queue's rows.</summary>
    private int TranscriptRows => Math.Max(1, Viewport.Height - QueueRows(Math.Max(1, Viewport.Width)).Count);

    /// <summary>The queued lines as rows under the transcript, one each, cut at the edge: "⧗ DATA · queued until the reply to RCPT".</summary>
    private List<string> QueueRows(int width)
    {
        var rows = new List<string>();
        var queued = _owner.QueuedLinesShown;
        // A short screen keeps its rows for the conversation: the count alone.
        var room = Math.Min(QueueRowsShown, Math.Max(0, Viewport.Height / 3));
        if (queued.Count == 0 || room == 0) return rows;
        var shown = queued.Count <= room ? queued.Count : room - 1;
        var waitsFor = _owner.QueueWaitsFor;
        for (var i = 0; i < shown; i++)
        {
            var row = "⧗ " + TerminalText.Visible(queued[i]) + (i == 0 && waitsFor is not null ? $"   · queued until {waitsFor} (Esc clears)" : "");
            rows.Add(Clip(row, width));
        }
        if (shown < queued.Count) rows.Add(Clip($"⧗ … and {queued.Count - shown} more queued (Esc clears)", width));
        return rows;
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..width];
}
