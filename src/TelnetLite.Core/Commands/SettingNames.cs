namespace TelnetLite.Core.Commands;

/// <summary>The option names of <c>set</c> and <c>unset</c>, in the order help and display list them.</summary>
internal static class SettingNames
{
    public const string LocalEcho = "localecho";
    public const string LogFile = "logfile";
    public const string Logging = "logging";
    public const string Crlf = "crlf";
    public const string Escape = "escape";
    public const string Term = "term";
    public const string Mode = "mode";
    public const string Smtp = "smtp";
    public const string Scrollback = "scrollback";
    public const string Tls = "tls";
    public const string LogSecrets = "logsecrets";
    public const string Dns = "dns";
    public const string Annotations = "annotations";
    public const string Markers = "markers";

    // "set t" was term before tls joined, "set m" mode before markers: they stay, as Windows telnet users type them.
    public static readonly WordMatcher SetOptions =
        new([LocalEcho, LogFile, Logging, Crlf, Escape, Term, Mode, Smtp, Scrollback, Tls, LogSecrets, Dns, Annotations, Markers],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["t"] = Term, ["m"] = Mode });

    public static readonly WordMatcher UnsetOptions = new([LocalEcho, LogFile, Logging, Crlf, LogSecrets, Dns, Markers]);

    /// <summary>What each option takes, for usage messages.</summary>
    public static string Values(string option) => option switch
    {
        LogFile => "FILE",
        Escape => "CHAR",
        Term => "TYPE",
        Mode => "auto|telnet|raw",
        Smtp => "on|off|auto",
        Scrollback => "N",
        Tls => "verify on|off",
        Dns => "SERVER[:PORT]|system",
        Annotations => "pane|inline|off",
        _ => "[on|off]",
    };

    /// <summary>Windows telnet options TelnetLite has no use for, with the reason, so their users are not left guessing.</summary>
    public static string? WindowsOnlyReason(string word) => word.ToLowerInvariant() switch
    {
        "ntlm" => "TelnetLite does not do NTLM authentication, so 'ntlm' has no effect here",
        "bsasdel" or "delasbs" =>
            $"TelnetLite edits each line before sending it and never sends Backspace or Delete, so '{word}' is not needed",
        "codeset" => "TelnetLite always decodes UTF-8 and shows other bytes as \\xNN, so 'codeset' is not needed",
        _ => null,
    };
}
