namespace TelnetLite.Core.Scripts;

/// <summary>Something that went wrong during a run, in the order it happened; the first that counts decides the exit code.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Code">The exit code it stands for.</param>
/// <param name="Stage">The stage, for stage failures and failed expectations.</param>
/// <param name="Text">One sentence for the summary.</param>
/// <param name="RcptGroup">For a refused RCPT: its transaction, to be forgiven when another RCPT of it was accepted.</param>
internal sealed record ScriptIncident(ScriptIncidentKind Kind, ExitCode Code, SmtpScriptStage? Stage, string Text, int? RcptGroup = null);
