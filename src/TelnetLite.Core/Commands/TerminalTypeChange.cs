namespace TelnetLite.Core.Commands;

/// <summary><c>set term TYPE</c>: the terminal type reported to Telnet servers (RFC 1091).</summary>
/// <param name="TerminalType">Upper case, letters, digits and <c>- / . _ +</c>, at most 40 characters.</param>
internal sealed record TerminalTypeChange(string TerminalType) : SettingChange;
