namespace TelnetLite.Core.Scripts;

/// <summary><c>!set logfile FILE</c>: record the session in a file, as classic telnet's <c>set logfile</c> does.</summary>
/// <param name="Path">The file name as written (may contain spaces); the runner resolves it.</param>
internal sealed record SetLogFileStep(int LineNumber, string Path) : SmtpScriptStep(LineNumber);
