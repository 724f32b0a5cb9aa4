namespace TelnetLite.Core.Session;

/// <summary>One line of the transcript as a front end shows it.</summary>
/// <param name="Text">One line without its ending, already safe for a terminal (controls made visible).</param>
/// <param name="Assist">
/// For <see cref="TranscriptKind.Annotation"/> and <see cref="TranscriptKind.Warning"/> from the assistant: the event
/// the line belongs to, typed (a <c>ReplyAnnotatedEvent</c> carries the annotation itself).
/// </param>
/// <param name="IsPartial">A received line shown before its end arrived (a prompt); what follows comes as a new entry.</param>
/// <param name="AssistLine">Which line of the assistant's message this is: 0 for its headline.</param>
/// <param name="OverTls">A line sent or received after the connection switched to TLS.</param>
public sealed record TranscriptEntry(
    DateTimeOffset Time,
    TranscriptKind Kind,
    string Text,
    AssistEvent? Assist = null,
    bool IsPartial = false,
    int AssistLine = 0,
    bool OverTls = false);
