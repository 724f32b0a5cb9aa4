using TelnetLite.Core.Telnet;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class SettingsDisplayTests
{
    [Fact]
    public void DisplayShowsEverySettingAtItsDefault()
    {
        Assert.Equal(
            [
                "Escape character is 'CTRL+]'",
                "Local echo: on",
                "Log file: none",
                "Logging: on",
                "Enter sends: CR LF",
                "Terminal type: DUMB",
                "Mode: auto (Telnet on port 23 or once the server negotiates)",
                "SMTP assist: auto (recognised by port and greeting)",
                "Scrollback: 10,000 lines",
                "TLS verify: on",
                "Log secrets: off",
                "DNS server: system (the resolver this machine uses)",
                "Annotations: pane (in the assist pane; the transcript keeps the conversation)",
                "Markers: on",
                "Connect timeout: 15 s",
            ],
            SettingsDisplay.Format(new SessionSettings()));
    }

    [Fact]
    public void DisplayShowsChangedSettings()
    {
        var settings = new SessionSettings
        {
            EscapeCharacter = '~',
            LocalEcho = false,
            LogFile = "smtp-test.log",
            Logging = false,
            Crlf = false,
            TerminalType = "VT100",
            Mode = TelnetMode.Raw,
            Smtp = AssistMode.Off,
            Scrollback = 2_500,
            TlsVerify = false,
            LogSecrets = true,
            DnsServer = new System.Net.IPEndPoint(System.Net.IPAddress.Parse("192.0.2.53"), 5353),
            Annotations = AnnotationPlacement.Inline,
            Markers = false,
            ConnectTimeout = TimeSpan.FromSeconds(2.5),
        };

        Assert.Equal(
            [
                "Escape character is '~'",
                "Local echo: off",
                "Log file: smtp-test.log",
                "Logging: paused",
                "Enter sends: CR alone",
                "Terminal type: VT100",
                "Mode: raw (no Telnet processing: bytes pass unchanged)",
                "SMTP assist: off (never)",
                "Scrollback: 2,500 lines",
                "TLS verify: off",
                "Log secrets: on (credentials typed after AUTH are logged in clear)",
                "DNS server: 192.0.2.53:5353",
                "Annotations: inline (in the transcript, after each reply)",
                "Markers: off",
                "Connect timeout: 2.5 s",
            ],
            SettingsDisplay.Format(settings));
    }
}
