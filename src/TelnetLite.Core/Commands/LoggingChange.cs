namespace TelnetLite.Core.Commands;

/// <summary><c>set logging [on|off]</c> / <c>unset logging</c>: resume or pause writing to the log file.</summary>
internal sealed record LoggingChange(bool On) : SettingChange;
