using System.Text;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// A server that tries to drive the user's terminal through plain mode: escape and OSC sequences (clear the screen,
/// set the window title, write the clipboard), C1 controls, BEL, bidi overrides, a CR or a NUL to hide text.
/// The user must see every such byte as text (<c>^[</c>, <c>\x9B</c>, <c>\u202E</c>), in the received lines and in
/// the annotations that quote them, and the terminal must never get the byte itself.
/// </summary>
public sealed class TerminalInjectionTests
{
    private const string Payloads = "\u001b[2J\u001b[H \u001b]0;PWNED-TITLE\u0007 \u001b]52;c;cHduZWQ=\u0007 \u001b]2;PWNED\u001b\\ \u009b6n \u009d0;C1-TITLE\u009c bell\u0007 del\u007f bs\b \u202egnp.exe \u2066iso\u2069 zw\u200b";

    [Fact]
    public async Task EscapeOscC1BellAndBidiInTheGreetingAndEhloAreShownAsTextInRepliesAndAnnotations()
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync($"220 evil.example{Payloads} ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync($"250-evil.example Hello{Payloads}\r\n250-AUTH LOGIN{Payloads}\r\n250 SIZE 1{Payloads}\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync($"221 bye{Payloads}\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        var exit = await run.RunAsync("EHLO contoso.com", "QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertNothingRawReachedTheTerminal();
        // What the user reads instead of a cleared screen, a new title, a new clipboard:
        run.AssertShown("220 evil.example^[[2J^[[H ^[]0;PWNED-TITLE^G ^[]52;c;cHduZWQ=^G ^[]2;PWNED^[\\ \\x9B6n \\x9D0;C1-TITLE\\x9C bell^G del^? bs^H \\u202Egnp.exe \\u2066iso\\u2069 zw\\u200B ESMTP");
        run.AssertShown("# capability: AUTH LOGIN^[[2J");
        run.AssertShown("221 bye^[[2J");
        // The log keeps the exact bytes, escaped its own way.
        Assert.Contains("<- 220 evil.example\\x1B[2J\\x1B[H \\x1B]0;PWNED-TITLE\\x07", run.Log);
    }

    [Fact]
    public async Task ARawC1ByteThatIsNotUtf8IsShownAsItsHexValue()
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            // 0x9B alone is CSI on an 8-bit terminal: "clear screen" in one byte.
            await client.SendAsync((byte[])[.. "220 c1 "u8, 0x9B, .. "2J "u8, 0x9D, .. "0;T"u8, 0x07, .. " ESMTP\r\n"u8], ct);
            client.Close();
            await client.WaitForClientCloseAsync(ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        Assert.Equal(0, await run.RunAsync());

        run.AssertNothingRawReachedTheTerminal();
        run.AssertShown("220 c1 \\x9B2J \\x9D0;T^G ESMTP");
    }

    [Fact]
    public async Task ACrAtTheEndOfOneReadCannotHideTheLineBeforeIt()
    {
        // Issue 13, item 4: "250-HIDDEN-BY-CR\r", then later "250-overwrite!!": on a terminal the second would print
        // over the first. The user sees both, with ^M between them.
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 cr.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("250-HIDDEN-BY-CR\r", ct);
            await Task.Delay(300, ct);
            await client.SendAsync("250-overwrite!!\r\n250 OK\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        Assert.Equal(0, await run.RunAsync("EHLO contoso.com", "QUIT"));

        run.AssertNothingRawReachedTheTerminal();
        run.AssertShown("250-HIDDEN-BY-CR^M250-overwrite!!\n");
    }

    [Fact]
    public async Task ANulInACapabilityIsShownAsCaretAtInTheReplyAndInItsAnnotation()
    {
        // Issue 13, item 5: "250-AUTH LOGIN\0PLAIN" reached stdout raw, and the annotation repeated it.
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 nul.example ESMTP\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("250-nul.example\r\n250 AUTH LOGIN\0PLAIN\r\n", ct);
            await client.ReadLineAsync(ct);
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        Assert.Equal(0, await run.RunAsync("EHLO contoso.com", "QUIT"));

        run.AssertNothingRawReachedTheTerminal();
        run.AssertShown("250 AUTH LOGIN^@PLAIN\n");
        run.AssertShown("# capability: AUTH LOGIN^@PLAIN");
        Assert.DoesNotContain("\0", run.Log);
    }

    [Fact]
    public async Task InvalidUtf8IsShownByteByByteAndNeverPassedOn()
    {
        byte[] invalid = [0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xFF, 0xE2, 0x82];
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync((byte[])[.. "220 utf8 "u8, .. invalid, .. " ESMTP\r\n"u8], ct);
            client.Close();
            await client.WaitForClientCloseAsync(ct);
        });
        using var run = PlainRun.Start(peer, "--annotate");

        Assert.Equal(0, await run.RunAsync());

        run.AssertNothingRawReachedTheTerminal();
        run.AssertShown("220 utf8 \\xC0\\xAF\\xED\\xA0\\x80\\xF4\\x90\\x80\\x80\\xFF\\xE2\\x82 ESMTP");
        Assert.DoesNotContain("\uFFFD", run.App.Stdout);
    }

    [Fact]
    public async Task AllTwoHundredFiftySixByteValuesDrippedOneByOneReachTheTerminalOnlyAsVisibleText()
    {
        // Each byte in its own read: no split may let a sequence through. Without --annotate, so no explanation
        // comes between the bytes and the text stays in one piece to compare.
        var all = new byte[256];
        for (var i = 0; i < all.Length; i++) all[i] = (byte)i;
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync("220 drip ESMTP\r\n", ct);
            await client.DripAsync(all, 1, TimeSpan.FromMilliseconds(2), ct);
            await client.SendAsync("\r\n", ct);
            client.Close();
            await client.WaitForClientCloseAsync(ct);
        });
        using var run = PlainRun.Start(peer);

        Assert.Equal(0, await run.RunAsync());

        run.AssertNothingRawReachedTheTerminal();
        run.AssertShown("^@^A^B");
        run.AssertShown("^[^\\^]^^^_ !\"#");
        run.AssertShown("~^?\\x80\\x81");
        run.AssertShown("\\xFE\\xFF");
    }
}
