using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Commands;

/// <summary><c>set smtp on|off|auto</c>: the SMTP assist override.</summary>
internal sealed record SmtpAssistChange(AssistMode Mode) : SettingChange;
