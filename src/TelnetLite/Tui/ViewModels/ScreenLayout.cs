namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// Where each pane goes for a screen size: the assist pane beside the transcript from <see cref="WideColumns"/>
/// columns, below it when narrower (a pane of several lines, the transcript keeping at least 12 rows at 80x24), and
/// left out when the screen is too small to give it room.
/// </summary>
/// <param name="Assist">Null when the pane is hidden or does not fit.</param>
internal sealed record ScreenLayout(PaneRect Transcript, PaneRect? Assist, bool AssistBeside, PaneRect Input, PaneRect Status)
{
    public const int WideColumns = 110;
    private const int MinimumBodyForPaneBelow = 10;
    private const int MinimumTranscriptRows = 12;
    private const int MaximumPaneBelow = 18;

    /// <param name="assistRowsWanted">Rows the pane's content needs below the transcript (it takes no more).</param>
    public static ScreenLayout Compute(int width, int height, bool assistVisible, int statusLines, int assistRowsWanted = int.MaxValue)
    {
        width = Math.Max(0, width);
        height = Math.Max(0, height);
        var statusHeight = Math.Min(height >= 6 ? statusLines : 1, height);
        var inputY = Math.Max(0, height - statusHeight - 1);
        var inputHeight = height - statusHeight > 0 ? 1 : 0;
        var body = inputY;
        var status = new PaneRect(0, height - statusHeight, width, statusHeight);
        var input = new PaneRect(0, inputY, width, inputHeight);

        if (assistVisible && width >= WideColumns)
        {
            var paneWidth = Math.Clamp(width * 38 / 100, 36, 64);
            return new ScreenLayout(new PaneRect(0, 0, width - paneWidth, body), new PaneRect(width - paneWidth, 0, paneWidth, body), true, input, status);
        }
        if (assistVisible && body >= MinimumBodyForPaneBelow)
        {
            // The conversation keeps the larger part, and at least 12 rows where there are rows to spare (80x24).
            var transcriptRows = Math.Max(body * 55 / 100, Math.Min(MinimumTranscriptRows, body - 4));
            var paneHeight = Math.Min(Math.Min(body - transcriptRows, MaximumPaneBelow), Math.Max(3, assistRowsWanted));
            return new ScreenLayout(new PaneRect(0, 0, width, body - paneHeight), new PaneRect(0, body - paneHeight, width, paneHeight), false, input, status);
        }
        return new ScreenLayout(new PaneRect(0, 0, width, body), null, false, input, status);
    }
}
