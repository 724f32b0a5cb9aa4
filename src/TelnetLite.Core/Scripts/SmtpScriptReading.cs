namespace TelnetLite.Core.Scripts;

/// <summary>What came of reading a script file: the script, or why the file is no script at all.</summary>
/// <param name="Script">The parsed script, its <see cref="SmtpScript.Errors"/> including the lines refused while
/// reading; null when the whole file was refused.</param>
/// <param name="Problem">Why the whole file was refused (too large, unreadable, not UTF-8 at all); null otherwise.</param>
/// <param name="Notes">What a person should know before the run although nothing is wrong enough to refuse it.</param>
internal sealed record SmtpScriptReading(SmtpScript? Script, string? Problem, IReadOnlyList<SmtpScriptError> Notes);
