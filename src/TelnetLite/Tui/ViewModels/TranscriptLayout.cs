using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// How transcript entries break into screen rows at a given width: a marker column first (<c>→</c> sent, <c>←</c>
/// received, <c>#</c> the assistant), then the text. What the server sent and what was sent to it is cut at the edge
/// like a terminal does (every character stays where it was); TelnetLite's own words wrap at spaces.
/// </summary>
internal static class TranscriptLayout
{
    private const string ContinuationIndent = "  ";
    private const string BlankGutter = "  ";
    // Below this many columns of text the marker column is left out rather than squeeze the text further.
    private const int MinimumTextWidth = 8;

    /// <summary>The line as <c>save FILE</c> writes it: the assistant's lines carry plain mode's <c># </c> marker.</summary>
    public static string DisplayText(TranscriptEntry entry) => Gutter(entry, TranscriptDisplay.Saved) + Text(entry, TranscriptDisplay.Saved);

    /// <summary>Whether the entry has rows at all with this display (explanations live in the pane unless inline).</summary>
    public static bool IsShown(TranscriptEntry entry, TranscriptDisplay display)
    {
        if (!IsAssistant(entry)) return true;
        if (entry.Kind == TranscriptKind.Warning)
        {
            // A warning about a line sent is part of what happened; in the pane's mode its headline stays, a routine
            // reminder ("." ends the message) does not.
            return display.Annotations switch
            {
                AnnotationPlacement.Inline => true,
                AnnotationPlacement.Pane => entry.AssistLine == 0 && entry.Assist!.Message.Severity != AssistSeverity.Info,
                _ => false,
            };
        }
        if (display.Annotations != AnnotationPlacement.Inline) return false;
        return entry.Assist is not CapabilitiesEvent || !display.CollapseCapabilities || entry.AssistLine == 0;
    }

    /// <summary>The marker column of the entry's first row: two characters, or none when markers are off.</summary>
    public static string Gutter(TranscriptEntry entry, TranscriptDisplay display)
    {
        if (IsAssistant(entry)) return "# ";
        if (!display.Markers) return "";
        return entry.Kind switch
        {
            TranscriptKind.Received => entry.OverTls ? "⇠ " : "← ",
            TranscriptKind.Sent => entry.OverTls ? "⇢ " : "→ ",
            _ => BlankGutter,
        };
    }

    public static int RowCount(TranscriptEntry entry, int width, TranscriptDisplay? display = null)
    {
        display ??= TranscriptDisplay.Saved;
        if (!IsShown(entry, display)) return 0;
        var gutter = Gutter(entry, display).Length;
        var text = Text(entry, display);
        if (width <= 0 || gutter + text.Length <= width && !text.Contains('\t')) return 1;
        return Rows(entry, width, display).Count;
    }

    public static IReadOnlyList<string> Rows(TranscriptEntry entry, int width, TranscriptDisplay? display = null)
    {
        display ??= TranscriptDisplay.Saved;
        if (!IsShown(entry, display)) return [];
        var gutter = Gutter(entry, display);
        var text = ExpandTabs(Text(entry, display));
        if (width <= 0 || gutter.Length + text.Length <= width) return [gutter + text];
        if (gutter.Length > 0 && width - gutter.Length < MinimumTextWidth) gutter = "";
        var room = width - gutter.Length;
        var continuation = new string(' ', gutter.Length);
        IEnumerable<string> pieces = IsVerbatim(entry)
            ? Cut(text, room)
            : TextWrap.Wrap(text, room, IsAssistant(entry) ? "" : ContinuationIndent);
        return pieces.Select((piece, i) => (i == 0 ? gutter : continuation) + piece).ToList();
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

    private static IEnumerable<string> Cut(string text, int width)
    {
        for (var start = 0; start < text.Length; start += width) yield return text.Substring(start, Math.Min(width, text.Length - start));
    }

    /// <summary>The entry's words for this display: a folded capability list is counted, not listed.</summary>
    private static string Text(TranscriptEntry entry, TranscriptDisplay display) =>
        entry.Assist is CapabilitiesEvent capabilities && display.CollapseCapabilities && IsAssistant(entry)
            ? CollapsedCapabilities(capabilities.Capabilities.All.Count)
            : entry.Text;

    /// <summary>The one line an EHLO's capability list shows as until F4 lists it.</summary>
    public static string CollapsedCapabilities(int count) => $"{count} {(count == 1 ? "capability" : "capabilities")} — F4 to list";

    private static bool IsAssistant(TranscriptEntry entry) =>
        entry.Assist is not null && entry.Kind is TranscriptKind.Annotation or TranscriptKind.Warning;

    private static bool IsVerbatim(TranscriptEntry entry) => entry.Kind is TranscriptKind.Received or TranscriptKind.Sent;
}
