namespace TelnetLite.Core.Commands;

/// <summary><c>set scrollback N</c>: how many transcript lines the TUI keeps.</summary>
/// <param name="Lines">From <see cref="SessionSettings.MinimumScrollback"/> to <see cref="SessionSettings.MaximumScrollback"/>.</param>
internal sealed record ScrollbackChange(int Lines) : SettingChange;
