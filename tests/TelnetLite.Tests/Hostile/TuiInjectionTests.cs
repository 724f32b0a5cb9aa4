using System.Text;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// A server that tries to drive the user's terminal through the full-screen UI: set the window title (OSC 0/2),
/// rename the tmux window (ESC k), write the clipboard (OSC 52, also as C1 OSC), hide text with bidi overrides.
/// tmux is set to obey all of these, so a byte that got through would show in its title, window name or buffers.
/// The user sees the sequences as text in the transcript and the assist pane; the terminal keeps its title and the
/// clipboard stays empty.
/// </summary>
public sealed class TuiInjectionTests
{
    private const string Payloads = "\u001b]0;PWNED-TITLE\u0007 \u001b]2;PWNED-TITLE2\u001b\\ \u001bkPWNED-NAME\u001b\\ \u001b]52;c;UFdORUQtQ0xJUA==\u0007 \u009d52;c;UFdORUQtQzE=\u009c \u202egnp.exe bell\u0007";

    [TmuxFact]
    public async Task TitleClipboardAndWindowNameSequencesFromTheServerChangeNothingAndAreShownAsText()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await release.Task.WaitAsync(ct);
            await client.SendAsync($"220 evil.example ESMTP {Payloads}\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync($"250-evil.example Hello {Payloads}\r\n250 AUTH LOGIN {Payloads}\r\n", ct);
            await client.StaySilentAsync(ct);
        });
        using var tui = HostileTui.Connect(peer, 160, 40);
        tui.WaitFor("Escape character is 'CTRL+]'");
        var title = tui.Tmux.Query("#{pane_title}");
        var windowName = tui.Tmux.Query("#{window_name}");
        var buffers = tui.Tmux.Buffers();

        release.SetResult();
        tui.WaitFor("220 evil.example ESMTP");
        tui.Tmux.Type("EHLO contoso.com");
        tui.Tmux.Press("Enter");
        var screen = tui.Tmux.WaitFor(s => s.Contains("250 AUTH LOGIN", StringComparison.Ordinal) && s.Contains("capabilit", StringComparison.Ordinal), "the EHLO reply and its capabilities");

        // What the user sees: the sequences written out, in the transcript and in the pane.
        Assert.Contains("^[]0;PWNED-TITLE^G", screen);
        Assert.Contains("\\u202Egnp.exe", screen);
        Assert.Equal(title, tui.Tmux.Query("#{pane_title}"));
        Assert.Equal(windowName, tui.Tmux.Query("#{window_name}"));
        Assert.Equal(buffers, tui.Tmux.Buffers());
        AssertNoRawPayload(tui.TerminalBytes);
    }

    [TmuxFact]
    public async Task ACrAtTheEndOfOneReadCannotHideALineInTheTranscript()
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 cr.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("250-HIDDEN-BY-CR\r", ct);
            await Task.Delay(300, ct);
            await client.SendAsync("250-overwrite!!\r\n250 OK\r\n", ct);
            await client.StaySilentAsync(ct);
        });
        using var tui = HostileTui.Connect(peer);
        tui.WaitFor("220 cr.example ESMTP");

        tui.Tmux.Type("EHLO contoso.com");
        tui.Tmux.Press("Enter");

        tui.WaitFor("250-HIDDEN-BY-CR^M250-overwrite!!");
    }

    [TmuxFact]
    public void TheTerminalOfTheseTestsDoesObeyARawSequenceSoTheirChecksCanFail()
    {
        // The control experiment: a program that does write the raw bytes changes the title, the name and the buffers.
        using var folder = new TelnetLite.Core.Tests.Support.TemporaryFolder();
        using var tmux = TmuxSession.Start("sleep 1; printf '\\033]0;PWNED-TITLE\\007\\033kPWNED-NAME\\033\\\\\\033]52;c;UFdORUQtQ0xJUA==\\007'; echo done", 80, 24, folder.Path);
        tmux.SetOption("-s", "set-clipboard", "on");
        tmux.SetOption("-w", "allow-rename", "on");

        tmux.WaitFor("done");

        Assert.Equal("PWNED-TITLE", tmux.Query("#{pane_title}"));
        Assert.Equal("PWNED-NAME", tmux.Query("#{window_name}"));
        Assert.Contains("PWNED-CLIP", tmux.Buffers());
    }

    private static void AssertNoRawPayload(byte[] written)
    {
        string[] raw =
        [
            "\u001b]0;PWNED", "\u001b]2;PWNED", "\u001bkPWNED", "\u001b]52;c;UFdORUQ", "\u009d52;c;", "\u202egnp", "bell\u0007",
        ];
        foreach (var sequence in raw)
        {
            var bytes = Encoding.UTF8.GetBytes(sequence);
            Assert.True(written.AsSpan().IndexOf(bytes) < 0, $"the terminal got the raw sequence {Encoding.UTF8.GetString(bytes).Replace("\u001b", "ESC", StringComparison.Ordinal)}");
        }
        Assert.NotEmpty(written);
    }
}
