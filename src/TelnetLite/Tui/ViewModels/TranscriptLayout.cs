namespace TelnetLite.Tui.ViewModels;

/// <summary>How transcript entries break into screen rows at a given width (tabs expanded, long lines wrapped).</summary>
internal static class TranscriptLayout
{
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

    public static int RowCount(string text, int width) =>
        width <= 0 ? 1 : Math.Max(1, (ExpandTabs(text).Length + width - 1) / width);

    public static string Row(string text, int width, int row)
    {
        var expanded = ExpandTabs(text);
        var start = row * width;
        if (start >= expanded.Length) return "";
        return expanded.Substring(start, Math.Min(width, expanded.Length - start));
    }
}
