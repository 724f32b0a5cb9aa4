namespace TelnetLite.Core.Scripts;

/// <summary>One step of a scripted run: a line sent (or the connection) with the reply it got.</summary>
/// <remarks>
/// <para>A step is one line sent with the reply it got. The connection is a step too: its <see cref="Line"/> is null
/// and its reply is the greeting. A message line between the 354 and the lone "." has no reply of its own: its
/// <see cref="Reply"/> is null; the "." gets the reply to the whole message. <c>!expect</c> lines are not steps: each
/// is recorded on the step whose reply it checked (the last reply received).</para>
/// </remarks>
/// <param name="ScriptLine">The 1-based script line; null for a connection made from the command line.</param>
/// <param name="Line">The line as sent (an AUTH answer redacted); null for the connection step.</param>
/// <param name="Reply">The reply it got; null for a message line, a line not sent, or when none came.</param>
/// <param name="Annotation">The assistant's explanation of the reply, one text line each, without the <c># </c>. For a
/// connection step that could not connect: TelnetLite's connect failure instead, the classic line
/// (<c>Connecting to HOST...Could not open connection to the host, on port N: Connect failed</c>) then its diagnosis
/// (<c>connect failed: ...</c>, <c>cause: ...</c> lines, <c>next: ...</c>).</param>
/// <param name="Warnings">What the assistant warned about the line before it was sent.</param>
/// <param name="Expectation">The <c>!expect</c> text(s) checked against this step's reply, joined by <c>", "</c>; null for none.</param>
/// <param name="Ok">With expectations on the step: every one held. Without: the line was sent and its reply, if any, is
/// not a 4xx or 5xx.</param>
/// <param name="ElapsedMs">From sending the line (or starting to connect) to its complete reply, in milliseconds.</param>
/// <param name="Dropped">Why the line was not sent (after a refused DATA, or after the connection closed); null when sent.</param>
public sealed record SmtpScriptStepReport(
    int? ScriptLine,
    string? Line,
    SmtpScriptReplyReport? Reply,
    IReadOnlyList<string> Annotation,
    IReadOnlyList<string> Warnings,
    string? Expectation,
    bool Ok,
    long ElapsedMs,
    string? Dropped);
