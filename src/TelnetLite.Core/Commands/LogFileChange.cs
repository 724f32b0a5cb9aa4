namespace TelnetLite.Core.Commands;

/// <summary><c>set logfile FILE</c> starts logging to a file at once; <c>unset logfile</c> closes it.</summary>
/// <param name="Path">The path as typed (quotes removed), or null to close the log and forget the file.</param>
internal sealed record LogFileChange(string? Path) : SettingChange;
