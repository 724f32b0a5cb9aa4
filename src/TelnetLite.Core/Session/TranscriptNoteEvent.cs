namespace TelnetLite.Core.Session;

/// <summary>
/// A line for the screen only (a command echoed, <c>help</c> output): posted through the session so it keeps its place
/// among received lines, but never written to the log, which records the conversation and its notes.
/// </summary>
internal sealed record TranscriptNoteEvent(DateTimeOffset Time, TranscriptKind Kind, string Text) : SessionEvent(Time);
