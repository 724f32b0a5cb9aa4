namespace TelnetLite.Core.Commands;

/// <summary>A typed change to one <see cref="SessionSettings"/> value, carried by <see cref="SetRequest"/> and <see cref="UnsetRequest"/>.</summary>
/// <remarks>
/// Values from <see cref="CommandInterpreter.Parse"/> are already validated. A controller may also build changes itself,
/// e.g. a <see cref="LogFileChange"/> with the path chosen in the TUI's Log file dialog.
/// </remarks>
public abstract record SettingChange;
