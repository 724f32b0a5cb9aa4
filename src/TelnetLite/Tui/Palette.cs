using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Tui.ViewModels;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace TelnetLite.Tui;

/// <summary>
/// The TUI's colours. Every background is the terminal's own and every foreground a mid-tone that reads on dark
/// and light terminals alike; with NO_COLOR only the terminal's colours are used, with bold and reverse for emphasis.
/// </summary>
internal sealed class Palette
{
    private static readonly Color Green = new(0x2E, 0x9E, 0x44);
    private static readonly Color Red = new(0xD7, 0x3A, 0x3A);
    private static readonly Color Amber = new(0xC4, 0x7A, 0x00);
    private static readonly Color Blue = new(0x3B, 0x7D, 0xD8);
    private static readonly Color Cyan = new(0x1C, 0x98, 0xA8);
    private static readonly Color Magenta = new(0xA8, 0x4F, 0xC4);
    private static readonly Color Grey = new(0x88, 0x88, 0x88);

    public Palette(bool noColor)
    {
        NoColor = noColor;
    }

    public bool NoColor { get; }

    public Attribute Normal => new(Color.None, Color.None);

    public Attribute Bar => new(Color.None, Color.None, TextStyle.Reverse);

    public Attribute Prompt => Make(Cyan, TextStyle.Bold);

    public Attribute CommandPrompt => Make(Magenta, TextStyle.Bold);

    public Attribute Border => Make(Grey, TextStyle.None);

    /// <summary>Lines waiting in the pacer's queue, under the transcript.</summary>
    public Attribute Queued => Make(Grey, TextStyle.Italic);

    /// <summary>The marker column: sent and received in their own colours (and bold without colour, sent only).</summary>
    public Attribute Marker(TranscriptEntry entry) => entry.Kind switch
    {
        TranscriptKind.Sent => Make(Cyan, TextStyle.Bold),
        TranscriptKind.Received => Make(Green, TextStyle.None),
        _ => For(entry),
    };

    /// <summary>A transcript line; the lines of a 4xx or 5xx reply in the colour of its failure.</summary>
    public Attribute For(TranscriptEntry entry, ReplyTone tone) => tone switch
    {
        ReplyTone.TransientFailure => Make(Amber, TextStyle.Bold),
        ReplyTone.PermanentFailure => Make(Red, TextStyle.Bold),
        _ => For(entry),
    };

    public Attribute For(TranscriptEntry entry) => entry.Kind switch
    {
        TranscriptKind.Sent => Make(Cyan, TextStyle.None),
        TranscriptKind.Note => Make(Grey, TextStyle.None),
        // A routine reminder ("." ends the message) is information, not a warning.
        TranscriptKind.Warning when entry.Assist is { Message.Severity: AssistSeverity.Info } => Make(Blue, TextStyle.None),
        TranscriptKind.Warning => Make(Amber, TextStyle.Bold),
        TranscriptKind.Error => Make(Red, TextStyle.Bold),
        TranscriptKind.Command => Make(Magenta, TextStyle.None),
        TranscriptKind.Annotation => entry.Assist is { } assist
            ? For(AssistPaneViewModel.StyleOf(assist.Message.Severity), entry.AssistLine == 0)
            : Make(Blue, TextStyle.Italic),
        _ => Normal,
    };

    public Attribute For(AssistStyle style, bool emphasis = true) => style switch
    {
        AssistStyle.Heading => Make(Color.None, TextStyle.Bold | TextStyle.Underline),
        AssistStyle.Muted => Make(Grey, TextStyle.None),
        AssistStyle.Success => Make(Green, emphasis ? TextStyle.Bold : TextStyle.None),
        AssistStyle.Intermediate => Make(Blue, emphasis ? TextStyle.Bold : TextStyle.None),
        AssistStyle.TransientFailure => Make(Amber, emphasis ? TextStyle.Bold : TextStyle.None),
        AssistStyle.PermanentFailure => Make(Red, emphasis ? TextStyle.Bold : TextStyle.None),
        AssistStyle.Warning => Make(Amber, TextStyle.Bold),
        AssistStyle.Info => Make(Blue, TextStyle.None),
        _ => Normal,
    };

    private Attribute Make(Color foreground, TextStyle style)
    {
        if (NoColor) return new Attribute(Color.None, Color.None, style & (TextStyle.Bold | TextStyle.Underline | TextStyle.Reverse));
        return new Attribute(foreground, Color.None, style);
    }
}
