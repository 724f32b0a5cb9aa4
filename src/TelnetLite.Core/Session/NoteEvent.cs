namespace TelnetLite.Core.Session;

/// <summary>One of TelnetLite's own messages: progress, a diagnosis, a warning, a setting changed.</summary>
public sealed record NoteEvent(DateTimeOffset Time, NoteKind Kind, string Text) : SessionEvent(Time);
