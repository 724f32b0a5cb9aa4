using TelnetLite.Core.Session;

namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// How transcript entries break into screen rows at a given width: what the server sent and what was sent to it is
/// cut at the edge like a terminal does (every character stays where it was), TelnetLite's own words wrap at spaces.
/// </summary>
internal static class TranscriptLayout
{
    private const string ContinuationIndent = "  ";

    /// <summary>
    /// The line as shown and saved: the assistant's lines carry plain mode's <c># </c> marker, so they stand apart
    /// from the server's text even without colour.
    /// </summary>
    public static string DisplayText(TranscriptEntry entry) =>
        entry.Assist is not null && entry.Kind is TranscriptKind.Annotation or TranscriptKind.Warning
            ? "# " + entry.Text
            : entry.Text;

    public static int RowCount(TranscriptEntry entry, int width)
    {
        var text = ExpandTabs(DisplayText(entry));
        if (width <= 0 || text.Length <= width) return 1;
        return IsVerbatim(entry) ? (text.Length + width - 1) / width : TextWrap.Wrap(text, width, ContinuationIndent).Count();
    }

    public static IReadOnlyList<string> Rows(TranscriptEntry entry, int width)
    {
        var text = ExpandTabs(DisplayText(entry));
        if (width <= 0 || text.Length <= width) return [text];
        if (!IsVerbatim(entry)) return TextWrap.Wrap(text, width, ContinuationIndent).ToList();
        var rows = new List<string>((text.Length + width - 1) / width);
        for (var start = 0; start < text.Length; start += width) rows.Add(text.Substring(start, Math.Min(width, text.Length - start)));
        return rows;
    }

    public static string ExpandTabs(string text)
    {
        if (!text.Contains('\t')) return text;
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c == '\t') builder.Append(' ', 8 - (builder.Length % 8));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsVerbatim(TranscriptEntry entry) => entry.Kind is TranscriptKind.Received or TranscriptKind.Sent;
}
