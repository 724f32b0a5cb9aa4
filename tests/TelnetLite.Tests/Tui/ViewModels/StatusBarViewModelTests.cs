using TelnetLite.Core.Session;
using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class StatusBarViewModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 6, 0, 0, TimeSpan.Zero);

    private static SessionStatus Connected() => new(
        "mail1.fabrikam.test", 25, ConnectionState.Connected, null, Now.AddSeconds(-83), 2_048, 300, true,
        "/tmp/session.log", false, "SMTP: RCPT TO ok");

    [Fact]
    public void At80ColumnsTheConnectionComesFirstAndTheKeysTakeTheSecondLine()
    {
        var lines = StatusBarViewModel.Lines(Connected(), Now, 80, '\x1d');

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("mail1.fabrikam.test:25 connected 01:23", lines[0]);
        Assert.Contains("SMTP: RCPT TO ok", lines[0]);
        Assert.Equal("F1 Help  F2 Assist  F3 Log file  F5 Open  Ctrl+] Command  Ctrl+Q Quit", lines[1]);
        Assert.All(lines, l => Assert.True(l.Length <= 80));
    }

    [Fact]
    public void AnEncryptedConnectionIsNamedByItsProtocolRightAfterTheConnectionAndAClosedOneIsNot()
    {
        var encrypted = StatusBarViewModel.Lines(Connected() with { Tls = "TLS 1.3 unverified" }, Now, 80, '\x1d');
        var closed = StatusBarViewModel.Lines(Connected() with { Tls = "TLS 1.3", State = ConnectionState.Closed }, Now, 80, '\x1d');

        Assert.StartsWith("mail1.fabrikam.test:25 connected 01:23 │ TLS 1.3 unverified │ SMTP: RCPT TO ok", encrypted[0]);
        Assert.DoesNotContain("TLS", closed[0]);
    }

    [Fact]
    public void OnAWideScreenEverythingFitsOnOneLine()
    {
        var lines = StatusBarViewModel.Lines(Connected(), Now, 200, '\x1d');

        var line = Assert.Single(lines);
        Assert.Contains("echo on", line);
        Assert.Contains("log session.log", line);
        Assert.Contains("in 2 KB out 300 B", line);
        Assert.Contains("Ctrl+Q Quit", line);
    }

    [Fact]
    public void NarrowScreensGetShortKeyNamesAndNoLineIsWiderThanTheScreen()
    {
        for (var width = 1; width < 120; width++)
        {
            var lines = StatusBarViewModel.Lines(Connected(), Now, width, '\x1d', queuedLines: 3);
            Assert.All(lines, l => Assert.True(l.Length <= width, $"{width}: {l}"));
        }
        Assert.StartsWith("F1 Help  F2 Assist  F3 Log  F5 Open  ^] Cmd", StatusBarViewModel.Lines(Connected(), Now, 60, '\x1d')[1]);
    }

    [Theory]
    [InlineData(ConnectionState.NotConnected, "not connected")]
    [InlineData(ConnectionState.Connecting, "mail1.fabrikam.test:25 connecting 00:00")]
    [InlineData(ConnectionState.Closed, "mail1.fabrikam.test:25 closed")]
    public void TheConnectionIsDescribedByItsState(ConnectionState state, string expected)
    {
        var status = Connected() with { State = state, ConnectingSince = Now };

        Assert.Equal(expected, StatusBarViewModel.Connection(status, Now));
    }

    [Theory]
    [InlineData('\x1d', "CTRL+]")]
    [InlineData('\x18', "CTRL+X")]
    [InlineData('~', "~")]
    public void TheEscapeCharacterIsNamedAsTelnetNamesIt(char escape, string name)
    {
        Assert.Equal(name, StatusBarViewModel.EscapeName(escape));
    }
}
