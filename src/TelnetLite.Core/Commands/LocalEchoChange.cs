namespace TelnetLite.Core.Commands;

/// <summary><c>set localecho [on|off]</c> / <c>unset localecho</c>.</summary>
internal sealed record LocalEchoChange(bool On) : SettingChange;
