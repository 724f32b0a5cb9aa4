using TelnetLite.Core.Telnet;
using System.Globalization;
using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Commands;

/// <summary>Formats the settings for <c>display</c>, the welcome line and confirmations.</summary>
internal static class SettingsDisplay
{
    /// <summary>The line classic telnet prints on start and on <c>display</c>: <c>Escape character is 'CTRL+]'</c>.</summary>
    public static string EscapeLine(char escapeCharacter) =>
        $"Escape character is '{EscapeCharacter.Describe(escapeCharacter)}'";

    /// <summary>One line per setting, in the order <c>set ?</c> lists them, starting with the escape character.</summary>
    public static IReadOnlyList<string> Format(SessionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            EscapeLine(settings.EscapeCharacter),
            $"Local echo: {OnOff(settings.LocalEcho)}",
            $"Log file: {settings.LogFile ?? "none"}",
            $"Logging: {(settings.Logging ? "on" : "paused")}",
            $"Enter sends: {(settings.Crlf ? "CR LF" : "CR alone")}",
            $"Terminal type: {settings.TerminalType}",
            $"Mode: {Describe(settings.Mode)}",
            $"SMTP assist: {Describe(settings.Smtp)}",
            string.Create(CultureInfo.InvariantCulture, $"Scrollback: {settings.Scrollback:N0} lines"),
            $"TLS verify: {OnOff(settings.TlsVerify)}",
            $"Log secrets: {(settings.LogSecrets ? "on (credentials typed after AUTH are logged in clear)" : "off")}",
            $"DNS server: {Describe(settings.DnsServer)}",
            $"Annotations: {Describe(settings.Annotations)}",
            $"Markers: {OnOff(settings.Markers)}",
            string.Create(CultureInfo.InvariantCulture, $"Connect timeout: {settings.ConnectTimeout.TotalSeconds:0.###} s"),
        ];
    }

    /// <summary>A mode with what it means, e.g. <c>auto (Telnet on port 23 or once the server negotiates)</c>.</summary>
    public static string Describe(TelnetMode mode) => mode switch
    {
        TelnetMode.Telnet => "telnet (Telnet processing always on)",
        TelnetMode.Raw => "raw (no Telnet processing: bytes pass unchanged)",
        _ => "auto (Telnet on port 23 or once the server negotiates)",
    };

    /// <summary>An assist override with what it means, e.g. <c>auto (recognised by port and greeting)</c>.</summary>
    public static string Describe(AssistMode mode) => mode switch
    {
        AssistMode.On => "on (always)",
        AssistMode.Off => "off (never)",
        _ => "auto (recognised by port and greeting)",
    };

    /// <summary>Where explanations go, with what it means, e.g. <c>pane (in the assist pane; the transcript keeps the conversation)</c>.</summary>
    public static string Describe(AnnotationPlacement placement) => placement switch
    {
        AnnotationPlacement.Inline => "inline (in the transcript, after each reply)",
        AnnotationPlacement.Off => "off (not shown; F2's pane keeps the checklist)",
        _ => "pane (in the assist pane; the transcript keeps the conversation)",
    };

    /// <summary>A DNS server as typed (<c>192.0.2.53</c>, <c>[::1]:5353</c>), or <c>system</c> for the system's resolver.</summary>
    public static string Describe(System.Net.IPEndPoint? server) =>
        server is null ? "system (the resolver this machine uses)" : Mx.DnsServerAddress.Format(server);

    private static string OnOff(bool on) => on ? "on" : "off";
}
