using System.Text;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// Telnet's IAC from a hostile server: a storm of negotiations meant to make the client answer forever (or amplify
/// it), and commands cut at every byte. The user sees the server's text, nothing of the IAC traffic, and the
/// session goes on.
/// </summary>
public sealed class TelnetIacTests
{
    private const byte Iac = 255, Dont = 254, Do = 253, Wont = 252, Will = 251, Sb = 250, Ga = 249, Se = 240, Nop = 241;
    private const byte Echo = 1, Sga = 3, TerminalType = 24, Naws = 31;

    [Fact]
    public async Task ANegotiationStormIsAnsweredBoundedlyAndTheTextAfterItStillArrives()
    {
        var storm = new List<byte>();
        for (var round = 0; round < 20_000; round++)
        {
            var option = (byte)(round % 40);
            storm.AddRange([Iac, Will, Echo, Iac, Wont, Echo, Iac, Do, TerminalType, Iac, Dont, TerminalType, Iac, Do, option, Iac, Will, option, Iac, Dont, option]);
        }
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.SendAsync(storm.ToArray(), ct);
            await client.SendAsync("220 storm.example ESMTP after the storm\r\n", ct);
            // The answers to the storm may hold byte 10 (WONT option 10): only the line ending in QUIT counts.
            while (await client.ReadLineAsync(ct) is { } line && !line.EndsWith("QUIT", StringComparison.Ordinal))
            {
            }
            await client.SendAsync("221 bye\r\n", ct);
        });
        using var run = PlainRun.Start(peer);

        var exit = await run.RunAsync("QUIT");

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertShown("220 storm.example ESMTP after the storm\n");
        run.AssertNothingRawReachedTheTerminal();
        // 420,000 bytes of requests; the answers are bounded by RFC 1143 and the negotiator's guards, not by the storm.
        var answered = peer.Received.Length;
        Assert.True(answered < 20_000, $"the client answered the storm with {answered} bytes");
        Assert.True(Encoding.Latin1.GetString(peer.Received).Contains("QUIT\r\n", StringComparison.Ordinal), $"QUIT never reached the server\n{run.Transcript}");
    }

    [Fact]
    public async Task TelnetCommandsCutAtEveryByteGiveTheSameScreenAndTheSameAnswersAsWhole()
    {
        byte[] session =
        [
            Iac, Do, TerminalType, Iac, Will, Sga, Iac, Do, Naws, .. "login"u8, Iac, Nop, .. ": "u8,
            Iac, Sb, TerminalType, 1, Iac, Se, .. "caf"u8, 0xC3, Iac, Ga, 0xA9, .. " IAC-data:"u8, Iac, Iac, .. "\r\n"u8,
            Iac, Will, Echo, .. "Password: "u8, Iac, Wont, Echo, Iac, Dont, Naws, .. "line two\r\n"u8,
        ];

        var whole = await RunTelnetAsync(session, chunk: session.Length);
        var dripped = await RunTelnetAsync(session, chunk: 1);

        Assert.Equal(whole.Screen, dripped.Screen);
        Assert.Equal(whole.Answers, dripped.Answers);
        Assert.Contains("login: caf\u00e9 IAC-data:\\xFF\n", whole.Screen);
        Assert.Contains("Password: line two\n", whole.Screen);
        // SB TERMINAL-TYPE SEND is answered with TERMINAL-TYPE IS and a name.
        Assert.Matches("\u00ff\u00fa\u0018\u0000[!-~]+\u00ff\u00f0", whole.Answers);
    }

    private static async Task<(string Screen, string Answers)> RunTelnetAsync(byte[] session, int chunk)
    {
        await using var peer = HostilePeer.Start(async (client, ct) =>
        {
            await client.DripAsync(session, chunk, TimeSpan.FromMilliseconds(chunk == 1 ? 3 : 0), ct);
            // Let the answers to the last commands arrive before the server goes.
            await Task.Delay(300, ct);
            client.Close();
            await client.WaitForClientCloseAsync(ct);
        });
        using var run = PlainRun.Start(peer);

        var exit = await run.RunAsync();

        Assert.True(exit == 0, $"exit {exit}\n{run.Transcript}");
        run.AssertNothingRawReachedTheTerminal();
        return (run.App.Stdout, Encoding.Latin1.GetString(peer.Received));
    }
}
