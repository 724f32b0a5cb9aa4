using TelnetLite.Core.Telnet;
namespace TelnetLite.Core.Commands;

/// <summary><c>set mode auto|telnet|raw</c>.</summary>
public sealed record ProtocolModeChange(TelnetMode Mode) : SettingChange;
