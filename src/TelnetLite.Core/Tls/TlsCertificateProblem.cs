namespace TelnetLite.Core.Tls;

/// <summary>One reason a certificate does not pass, as the chain check or the name check found it.</summary>
/// <param name="Text">The reason in a mail administrator's words, e.g. <c>it expired on 2026-11-01 (12 days ago)</c>.</param>
internal sealed record TlsCertificateProblem(TlsCertificateProblemKind Kind, string Text);
