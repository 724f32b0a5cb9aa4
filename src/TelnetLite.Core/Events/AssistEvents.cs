namespace TelnetLite.Core.Events;

/// <summary>The severity of an assistant message, which decides its colour and its word in <c>--annotate</c> output.</summary>
public enum AssistSeverity
{
    /// <summary>A 2xx reply: done.</summary>
    Success,
    /// <summary>A 3xx reply: send more.</summary>
    Intermediate,
    /// <summary>A 4xx reply: try again later.</summary>
    TransientFailure,
    /// <summary>A 5xx reply: will not work as sent.</summary>
    PermanentFailure,
    /// <summary>Something off in the conversation itself: a malformed reply, a lint warning.</summary>
    ProtocolWarning,
    /// <summary>Plain information (capabilities, recognition, a routine reminder).</summary>
    Info,
}

/// <summary>What an assistant says, as text: an explanation of a reply, or a warning about a line.</summary>
/// <param name="Severity">Decides colour and wording.</param>
/// <param name="Lines">
/// The text, without any marker: the first line is the headline
/// (<c>250 2.1.0 success: ...</c> or <c>warning: ...</c>), then <c>cause: ...</c> lines, then one <c>next: ...</c>.
/// Plain mode prints each with <c># </c> before it; the log writes each with the <c>#</c> marker.
/// </param>
public sealed record AssistMessage(AssistSeverity Severity, IReadOnlyList<string> Lines);

/// <summary>
/// Something the protocol assistant published. Subscribers that only show text (the log, plain mode, the transcript)
/// read <see cref="Message"/>; those that need the protocol's own data subscribe to the derived record that carries it.
/// </summary>
public abstract record AssistEvent(DateTimeOffset Time, AssistMessage Message) : SessionEvent(Time);

/// <summary>A warning about a line, raised before the line is sent so it appears (and is logged) first.</summary>
internal sealed record LintWarningEvent(DateTimeOffset Time, AssistMessage Message) : AssistEvent(Time, Message);

/// <summary>The assistant's own information: a protocol recognised, a reply that broke the protocol's rules.</summary>
internal sealed record AssistNoteEvent(DateTimeOffset Time, AssistMessage Message) : AssistEvent(Time, Message);
