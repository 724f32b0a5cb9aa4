namespace TelnetLite.Core.Session;

/// <summary>What became of a line given to the <see cref="LinePacer"/>.</summary>
/// <param name="Reason">For anything but <see cref="PacedOutcomeKind.Sent"/>: why, in words.</param>
/// <param name="WasSecret">For a sent line: it carried a credential (judged just before it went, as the conversation stood).</param>
/// <param name="WasMessageText">For a sent line: it was message text, not a command.</param>
public sealed record PacedOutcome(PacedOutcomeKind Kind, string? Reason = null, bool WasSecret = false, bool WasMessageText = false);

/// <summary>The kinds of <see cref="PacedOutcome"/>.</summary>
public enum PacedOutcomeKind
{
    /// <summary>The line went out.</summary>
    Sent,
    /// <summary>The assistant held it back for good (message lines after a refused DATA).</summary>
    Dropped,
    /// <summary>The reply it waited for did not come within the reply timeout.</summary>
    TimedOut,
    /// <summary>The connection is not open (or closed while the line waited).</summary>
    NotConnected,
    /// <summary>The queue was cleared (Esc, Ctrl+C) or the wait cancelled.</summary>
    Cleared,
}
