using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>Faulty servers seen in the full-screen UI: what its status bar and transcript say.</summary>
public sealed class TuiFaultTests
{
    [TmuxFact]
    public async Task AfterAResetInTheMiddleOfTheEhloReplyTheStatusBarDoesNotSayEhloOk()
    {
        // Issue 13, item 8: the status bar said "SMTP: EHLO ok" for a reply whose last line never came.
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 reset.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("250-reset.example Hello\r\n250-SIZE 1000\r\n", ct);
            await Task.Delay(300, ct);
            client.Reset();
        });
        using var tui = HostileTui.Connect(peer, 120, 30);
        tui.WaitFor("220 reset.example ESMTP");

        tui.Tmux.Type("EHLO contoso.com");
        tui.Tmux.Press("Enter");
        var screen = tui.WaitFor("Connection lost");

        Assert.DoesNotContain("EHLO ok", screen);
        Assert.DoesNotContain("✓EHLO", screen);
        Assert.Contains("250-SIZE 1000", screen);
    }
}
