namespace TelnetLite.Core.Assist;

/// <summary>One thing an assistant has to say: an annotation of a reply, or a warning about a line.</summary>
/// <param name="Severity">Decides colour and wording.</param>
/// <param name="Lines">
/// The text, without any marker: the first line is the headline
/// (<c>250 2.1.0 success: ...</c> or <c>warning: ...</c>), then <c>cause: ...</c> lines, then one <c>next: ...</c>.
/// Plain mode prints each with <c># </c> before it; the log writes each with the <c>#</c> marker.
/// </param>
/// <param name="Detail">The protocol's own structured payload (e.g. an SMTP annotation) for richer views; may be null.</param>
public sealed record AssistMessage(AssistSeverity Severity, IReadOnlyList<string> Lines, object? Detail = null);
