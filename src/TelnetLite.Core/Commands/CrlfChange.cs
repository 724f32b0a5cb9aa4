namespace TelnetLite.Core.Commands;

/// <summary><c>set crlf [on|off]</c> / <c>unset crlf</c>: Enter sends CR LF (on) or CR alone (off).</summary>
internal sealed record CrlfChange(bool On) : SettingChange;
