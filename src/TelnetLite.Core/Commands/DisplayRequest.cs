namespace TelnetLite.Core.Commands;

/// <summary><c>display</c>: show every setting; <see cref="SettingsDisplay.Format"/> gives the lines.</summary>
internal sealed record DisplayRequest : CommandRequest;
