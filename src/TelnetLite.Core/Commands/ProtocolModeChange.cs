using TelnetLite.Core.Telnet;
namespace TelnetLite.Core.Commands;

/// <summary><c>set mode auto|telnet|raw</c>.</summary>
internal sealed record ProtocolModeChange(TelnetMode Mode) : SettingChange;
