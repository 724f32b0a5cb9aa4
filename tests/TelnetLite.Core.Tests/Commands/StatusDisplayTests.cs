using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class StatusDisplayTests
{
    private static readonly StatusReport Connected = new(
        IsConnected: true,
        Host: "mail1.fabrikam.com",
        Port: 25,
        RemoteAddress: "127.0.0.1",
        ConnectedFor: new TimeSpan(0, 0, 3, 12),
        BytesReceived: 1_234,
        BytesSent: 567,
        TelnetProcessing: false,
        LocalEcho: true,
        LogFile: "session.log",
        Logging: true,
        SmtpState: "SMTP: EHLO ok");

    [Fact]
    public void AConnectedSessionShowsHostPortTimeBytesEchoLogAndSmtp()
    {
        Assert.Equal(
            [
                "Connected to mail1.fabrikam.com (127.0.0.1), port 25, for 00:03:12",
                "Bytes received: 1,234, sent: 567",
                "Telnet processing: off (raw, 8-bit clean)",
                "Local echo: on",
                "Log file: session.log",
                "SMTP: EHLO ok",
            ],
            StatusDisplay.Format(Connected));
    }

    [Fact]
    public void TheAddressIsLeftOutWhenItIsTheHostOrUnknown()
    {
        Assert.StartsWith(
            "Connected to 127.0.0.1, port 25,",
            StatusDisplay.Format(Connected with { Host = "127.0.0.1" })[0]);
        Assert.StartsWith(
            "Connected to mail1.fabrikam.com, port 25,",
            StatusDisplay.Format(Connected with { RemoteAddress = null })[0]);
    }

    [Fact]
    public void PausedLoggingNoLogFileTelnetOnAndNoSmtpStateAreShownAsSuch()
    {
        var lines = StatusDisplay.Format(Connected with { Logging = false, TelnetProcessing = true, SmtpState = null });
        Assert.Contains("Log file: session.log (paused)", lines);
        Assert.Contains("Telnet processing: on", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("SMTP", StringComparison.Ordinal));

        Assert.Contains("Log file: none", StatusDisplay.Format(Connected with { LogFile = null }));
    }

    [Fact]
    public void NotConnectedSaysSoThenEchoAndLogFile()
    {
        var status = new StatusReport(false, null, 0, null, TimeSpan.Zero, 0, 0, false, false, null, true, "idle");

        Assert.Equal(["Not connected.", "Local echo: off", "Log file: none"], StatusDisplay.Format(status));
    }

    [Theory]
    [InlineData(0, "00:00:00")]
    [InlineData(59, "00:00:59")]
    [InlineData(3_600 + 61, "01:01:01")]
    [InlineData(26 * 3_600 + 5, "26:00:05")]
    [InlineData(-5, "00:00:00")]
    public void ConnectedTimeIsHoursMinutesSecondsWithoutWrapping(int seconds, string text)
    {
        Assert.Equal(text, StatusDisplay.Duration(TimeSpan.FromSeconds(seconds)));
    }
}
