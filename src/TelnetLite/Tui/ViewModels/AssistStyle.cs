namespace TelnetLite.Tui.ViewModels;

/// <summary>How a line of the assist pane is drawn; the view maps each to a colour (or to plain text with NO_COLOR).</summary>
internal enum AssistStyle
{
    Heading,
    Text,
    Muted,
    Success,
    Intermediate,
    TransientFailure,
    PermanentFailure,
    Warning,
    Info,
}
