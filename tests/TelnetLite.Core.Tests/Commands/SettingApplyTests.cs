using TelnetLite.Core.Telnet;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class SettingApplyTests
{
    private readonly CommandInterpreter interpreter = new();
    private readonly SessionSettings settings = new();

    [Fact]
    public void NewSettingsHoldTheDocumentedDefaults()
    {
        Assert.True(settings.LocalEcho);
        Assert.Null(settings.LogFile);
        Assert.True(settings.Logging);
        Assert.True(settings.Crlf);
        Assert.Equal('\u001d', settings.EscapeCharacter);
        Assert.Equal("DUMB", settings.TerminalType);
        Assert.Equal(AnnotationPlacement.Pane, settings.Annotations);
        Assert.True(settings.Markers);
        Assert.Equal(TelnetMode.Auto, settings.Mode);
        Assert.Equal(AssistMode.Auto, settings.Smtp);
        Assert.Equal(10_000, settings.Scrollback);
        Assert.Equal(TimeSpan.FromSeconds(15), settings.ConnectTimeout);
    }

    [Fact]
    public void LocalEchoIsSwitchedAndConfirmed()
    {
        Assert.Equal("Local echo off", ApplyLine("unset localecho"));
        Assert.False(settings.LocalEcho);
        Assert.Equal("Local echo on", ApplyLine("set localecho"));
        Assert.True(settings.LocalEcho);
    }

    [Fact]
    public void SetLogfileRecordsThePathAndUnsetLogfileForgetsIt()
    {
        Assert.Equal("No log file was open", ApplyLine("unset logfile"));
        Assert.Equal("Log file: x.log", ApplyLine("set logfile x.log"));
        Assert.Equal("x.log", settings.LogFile);
        Assert.Equal("Log file closed: x.log", ApplyLine("unset logfile"));
        Assert.Null(settings.LogFile);
    }

    [Fact]
    public void LoggingPausesAndResumes()
    {
        ApplyLine("set logfile x.log");

        Assert.Equal("Logging paused", ApplyLine("unset logging"));
        Assert.False(settings.Logging);
        Assert.Equal("Logging on", ApplyLine("set logging"));
        Assert.True(settings.Logging);
    }

    [Fact]
    public void LoggingOnWithoutALogFileSaysHowToSetOne()
    {
        Assert.Equal("Logging on (no log file yet: set logfile FILE)", ApplyLine("set logging"));
    }

    [Fact]
    public void CrlfChoosesWhatEnterSends()
    {
        Assert.Equal("Enter sends CR alone", ApplyLine("unset crlf"));
        Assert.False(settings.Crlf);
        Assert.Equal("Enter sends CR LF", ApplyLine("set crlf"));
        Assert.True(settings.Crlf);
    }

    [Fact]
    public void EscapeTermModeSmtpAndScrollbackAreStoredAndConfirmed()
    {
        Assert.Equal("Escape character is 'CTRL+X'", ApplyLine("set escape ^X"));
        Assert.Equal('\u0018', settings.EscapeCharacter);

        Assert.Equal("Terminal type: VT100", ApplyLine("set term vt100"));
        Assert.Equal("VT100", settings.TerminalType);

        Assert.Equal("Mode: raw (no Telnet processing: bytes pass unchanged)", ApplyLine("set mode raw"));
        Assert.Equal(TelnetMode.Raw, settings.Mode);
        Assert.Equal("Mode: telnet (Telnet processing always on)", ApplyLine("set mode telnet"));
        Assert.Equal("Mode: auto (Telnet on port 23 or once the server negotiates)", ApplyLine("set mode auto"));

        Assert.Equal("SMTP assist: off (never)", ApplyLine("set smtp off"));
        Assert.Equal(AssistMode.Off, settings.Smtp);
        Assert.Equal("SMTP assist: on (always)", ApplyLine("set smtp on"));
        Assert.Equal("SMTP assist: auto (recognised by port and greeting)", ApplyLine("set smtp auto"));

        Assert.Equal("Scrollback: 50,000 lines", ApplyLine("set scrollback 50000"));
        Assert.Equal(50_000, settings.Scrollback);
    }

    [Fact]
    public void AnnotationsAndMarkersAreStoredAndConfirmed()
    {
        Assert.Equal("Annotations: inline (in the transcript, after each reply)", ApplyLine("set annotations inline"));
        Assert.Equal(AnnotationPlacement.Inline, settings.Annotations);
        Assert.Equal("Annotations: off (not shown; F2's pane keeps the checklist)", ApplyLine("set a OFF"));
        Assert.Equal(AnnotationPlacement.Off, settings.Annotations);
        Assert.Equal("Annotations: pane (in the assist pane; the transcript keeps the conversation)", ApplyLine("set annotations pane"));

        Assert.Equal("Markers off", ApplyLine("set markers off"));
        Assert.False(settings.Markers);
        Assert.Equal("Markers on: → sent, ← received", ApplyLine("set ma"));
        Assert.True(settings.Markers);
        Assert.Equal("Markers off", ApplyLine("unset markers"));
        Assert.False(settings.Markers);
    }

    [Theory]
    [InlineData("set annotations", "set annotations needs a value: pane|inline|off")]
    [InlineData("set annotations both", "Bad value 'both' for set annotations: give pane|inline|off")]
    [InlineData("set markers maybe", "Bad value 'maybe' for set markers: give on, off, or nothing (on)")]
    public void ABadAnnotationsOrMarkersValueIsRefusedWithWhatItTakes(string line, string message) =>
        Assert.Equal(message, Assert.IsType<InvalidRequest>(interpreter.Parse(line)).Message);

    [Theory]
    [InlineData("xterm-256color", "XTERM-256COLOR")]
    [InlineData("screen", "SCREEN")]
    [InlineData(null, "DUMB")]
    [InlineData("", "DUMB")]
    [InlineData("bad term", "DUMB")]
    public void TheTerminalTypeComesFromTermOrIsDumb(string? term, string expected) =>
        Assert.Equal(expected, SessionSettings.TerminalTypeFor(term));

    [Fact]
    public void AChangeBuiltByTheControllerIsAppliedLikeAParsedOne()
    {
        Assert.Equal("Log file: chosen in dialog.log", interpreter.Apply(new LogFileChange("chosen in dialog.log"), settings));
        Assert.Equal("chosen in dialog.log", settings.LogFile);
    }

    private string ApplyLine(string line) => interpreter.Parse(line) switch
    {
        SetRequest set => interpreter.Apply(set.Change, settings),
        UnsetRequest unset => interpreter.Apply(unset.Change, settings),
        var other => throw new Xunit.Sdk.XunitException($"'{line}' parsed to {other}"),
    };
}
