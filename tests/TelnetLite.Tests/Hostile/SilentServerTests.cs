using System.Text;
using TelnetLite.Tests.Support;

namespace TelnetLite.Tests.Hostile;

/// <summary>
/// Issue 13, item 7 (cured by the pipeline of issue 8): a server that accepts and never says a word, on a port
/// TelnetLite does not know as SMTP's. With the assistant on — <c>set smtp on</c>, or piped input that starts with
/// an SMTP command — the greeting is awaited like any reply: <c>--reply-timeout</c> applies, exit 4, and nothing is
/// sent blind (piped EHLO and QUIT used to go out after <c>--idle-exit</c>, and the run exited 0).
/// </summary>
public sealed class SilentServerTests
{
    [Fact]
    public async Task PipedSmtpToASilentServerWaitsForTheGreetingAndEndsWithExit4SendingNothing()
    {
        await using var peer = HostilePeer.Start((client, ct) => client.StaySilentAsync(ct));
        using var run = PlainRun.Start(peer, "--reply-timeout", "2", "--idle-exit", "1");

        var exit = await run.RunAsync("EHLO contoso.com", "QUIT");

        // What the user sees: no greeting came within --reply-timeout, exit 4, the lines listed as not sent.
        Assert.True(exit == 4, $"exit {exit}\n{run.Transcript}");
        Assert.Contains("--reply-timeout", run.App.Stderr);
        Assert.Contains("EHLO contoso.com", run.App.Stderr);
        Assert.Equal("", Encoding.ASCII.GetString(peer.Received));
    }

    [Fact]
    public async Task WithSetSmtpOnASilentServerIsWaitedForAndNothingIsSentBlind()
    {
        await using var peer = HostilePeer.Start((client, ct) => client.StaySilentAsync(ct));
        using var run = PlainRun.Start(peer, "--reply-timeout", "2", "--idle-exit", "1");

        var exit = await run.RunAsync("\u001dset smtp on", "HELO contoso.com", "QUIT");

        Assert.True(exit == 4, $"exit {exit}\n{run.Transcript}");
        Assert.Equal("", Encoding.ASCII.GetString(peer.Received));
    }
}
