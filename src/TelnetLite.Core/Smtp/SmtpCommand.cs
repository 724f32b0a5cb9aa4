namespace TelnetLite.Core.Smtp;

/// <summary>A line the user sent, understood as an SMTP command.</summary>
/// <param name="Verb">The command, or <see cref="SmtpVerb.Unknown"/>.</param>
/// <param name="Line">The line exactly as typed, without its line ending.</param>
/// <param name="Argument">Everything after the verb (and after <c>FROM:</c> / <c>TO:</c> for MAIL and RCPT), trimmed.</param>
/// <param name="Address">For MAIL, RCPT, VRFY: the address without angle brackets; null when absent.</param>
/// <param name="HasAngleBrackets">For MAIL and RCPT: whether the address was written as <c>&lt;...&gt;</c>.</param>
/// <param name="SpaceAroundColon">For MAIL and RCPT: whether a space stood before or after the colon (RFC 5321 §3.3 forbids it).</param>
/// <param name="Parameters">ESMTP parameters (SIZE, BODY, NOTIFY...) by upper-case keyword; value null for a bare keyword.</param>
public sealed record SmtpCommand(
    SmtpVerb Verb,
    string Line,
    string Argument,
    string? Address,
    bool HasAngleBrackets,
    bool SpaceAroundColon,
    IReadOnlyDictionary<string, string?> Parameters);
