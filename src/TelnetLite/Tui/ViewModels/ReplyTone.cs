namespace TelnetLite.Tui.ViewModels;

/// <summary>How a received line is highlighted: the lines of a 4xx or 5xx reply stand out themselves.</summary>
internal enum ReplyTone
{
    None,
    TransientFailure,
    PermanentFailure,
}
