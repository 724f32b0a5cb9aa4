namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// Where the transcript pane is scrolled, counted in rows up from the end: 0 follows new lines; otherwise the view
/// stays where the user left it while lines keep arriving.
/// </summary>
internal sealed class TranscriptScroller
{
    public int OffsetFromEnd { get; private set; }

    public bool Following => OffsetFromEnd == 0;

    public static int TotalRows(TranscriptViewModel model, int width, TranscriptDisplay? display = null)
    {
        var total = 0;
        for (var i = 0; i < model.Count; i++) total += TranscriptLayout.RowCount(model[i], width, display);
        return total;
    }

    public void ScrollUp(int rows, int totalRows, int height) =>
        OffsetFromEnd = Math.Clamp(OffsetFromEnd + rows, 0, Math.Max(0, totalRows - height));

    public void ScrollDown(int rows) => OffsetFromEnd = Math.Max(0, OffsetFromEnd - rows);

    public void Top(int totalRows, int height) => OffsetFromEnd = Math.Max(0, totalRows - height);

    public void End() => OffsetFromEnd = 0;

    /// <summary>New rows arrived at the end: when scrolled up, move the offset with them so the view does not jump.</summary>
    public void OnAppended(int rows)
    {
        if (!Following) OffsetFromEnd += rows;
    }

    /// <summary>The rows to draw, top to bottom: which entry and which of its wrapped rows.</summary>
    public IReadOnlyList<(int Entry, int Row)> Visible(TranscriptViewModel model, int width, int height, TranscriptDisplay? display = null)
    {
        var rows = new List<(int, int)>(Math.Max(0, height));
        if (width <= 0 || height <= 0 || model.Count == 0) return rows;

        var total = TotalRows(model, width, display);
        OffsetFromEnd = Math.Clamp(OffsetFromEnd, 0, Math.Max(0, total - height));
        var skip = OffsetFromEnd;
        for (var i = model.Count - 1; i >= 0 && rows.Count < height; i--)
        {
            var count = TranscriptLayout.RowCount(model[i], width, display);
            for (var r = count - 1; r >= 0 && rows.Count < height; r--)
            {
                if (skip > 0)
                {
                    skip--;
                    continue;
                }
                rows.Add((i, r));
            }
        }
        rows.Reverse();
        return rows;
    }
}
