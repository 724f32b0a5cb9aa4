namespace TelnetLite.Core.Events;

/// <summary>One of TelnetLite's own messages: progress, a diagnosis, a warning, a setting changed. Logged as <c>==</c>.</summary>
internal sealed record NoteEvent(DateTimeOffset Time, NoteKind Kind, string Text) : SessionEvent(Time);

/// <summary>How a <see cref="NoteEvent"/> should be presented.</summary>
internal enum NoteKind
{
    /// <summary>Progress and status (connecting, connected, settings).</summary>
    Info,
    /// <summary>Something the user should look at but that did not fail.</summary>
    Warning,
    /// <summary>A failure: connect failed, connection lost, log unwritable.</summary>
    Error,
}

/// <summary>
/// A line for the screen only (a command echoed, <c>help</c> output, the welcome): it keeps its place among received
/// lines but is never written to the log, which records the conversation and its notes.
/// </summary>
internal sealed record ScreenNoteEvent(DateTimeOffset Time, ScreenNoteKind Kind, string Text) : SessionEvent(Time);

/// <summary>What a <see cref="ScreenNoteEvent"/> is.</summary>
internal enum ScreenNoteKind
{
    /// <summary>TelnetLite's own words (the welcome).</summary>
    Note,
    /// <summary>Command-mode input and output (<c>telnetlite&gt; status</c>).</summary>
    Command,
}
