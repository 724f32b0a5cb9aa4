namespace TelnetLite.Core.Commands;

/// <summary><c>set OPTION [VALUE]</c>: change a setting.</summary>
/// <remarks>
/// The controller does what the change needs (open the log file, tell the Telnet parser, resize the scrollback) and,
/// once that worked, calls <see cref="CommandInterpreter.Apply"/> and shows the confirmation it returns.
/// </remarks>
/// <param name="Change">The typed new value.</param>
internal sealed record SetRequest(SettingChange Change) : CommandRequest;
