namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>What <c>telnetlite explain</c> prints and how it exits.</summary>
/// <param name="ExitCode">0 when every reply was explained; 1 when the input is not a reply (or <c>--after</c> names no command).</param>
/// <param name="Lines">The explanation for standard output: the <c>--annotate</c> lines without <c># </c>; empty on error.</param>
/// <param name="Error">For exit code 1, what was wrong, in one sentence for standard error; otherwise null.</param>
public sealed record SmtpExplainResult(int ExitCode, IReadOnlyList<string> Lines, string? Error);
