namespace TelnetLite.Core.Scripts;

/// <summary>A reply as the JSON report writes it.</summary>
/// <param name="Code">The reply code (0 when the reply had none).</param>
/// <param name="EnhancedCode">The RFC 3463 code, e.g. <c>5.1.1</c>, or null.</param>
/// <param name="Lines">Every line as received, code included, without its line ending.</param>
public sealed record SmtpScriptReplyReport(int Code, string? EnhancedCode, IReadOnlyList<string> Lines);
