namespace TelnetLite.Core.Scripts;

/// <summary>Send one line exactly as typed (the runner adds CR LF).</summary>
/// <param name="Text">The line, already un-doubled: <c>!!x</c> in the script sends <c>!x</c>, <c>##x</c> sends <c>#x</c>.
/// May be empty (the blank line between header fields and body).</param>
internal sealed record SendLineStep(int LineNumber, string Text) : SmtpScriptStep(LineNumber);
