namespace TelnetLite.Core.Scripts;

/// <summary>One thing a script does, in order: send a line, check the last reply, connect, set the log file, wait.</summary>
/// <param name="LineNumber">The 1-based line of the script it came from.</param>
public abstract record SmtpScriptStep(int LineNumber);
