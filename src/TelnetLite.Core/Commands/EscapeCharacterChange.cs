namespace TelnetLite.Core.Commands;

/// <summary><c>set escape CHAR</c>.</summary>
/// <param name="Character">The new escape character, as <see cref="EscapeCharacter.TryParse"/> accepts it.</param>
internal sealed record EscapeCharacterChange(char Character) : SettingChange;
