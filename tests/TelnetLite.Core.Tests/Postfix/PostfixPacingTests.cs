using System.Net;
using System.Net.Sockets;
using System.Text;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>
/// Piped input against a Postfix that refuses commands sent ahead of their replies
/// (<c>smtpd_forbid_unauth_pipelining</c>): pacing must make the pipe behave exactly as if typed.
/// </summary>
[Collection(PostfixCollection.Name)]
public sealed class PostfixPacingTests(PostfixFixture postfix)
{
    private const string SynchronizationError = "SMTP protocol synchronization";

    [PeerFact(Peer.Postfix)]
    public async Task PostfixRefusesAnUnpacedBurstOfCommandsSoThePacingTestsCanFail()
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync(IPAddress.Loopback, postfix.Instance.Port);
        var stream = client.GetStream();
        // Everything at once, without waiting for the greeting: what a pipe into classic telnet does.
        await stream.WriteAsync(Encoding.ASCII.GetBytes(string.Concat(PostfixWalkthrough.Lines.Select(l => l + "\r\n"))));

        var received = await ReadUntilClosedAsync(stream);

        Assert.Contains("554 5.5.0 Error: " + SynchronizationError, received);
    }

    [PeerFact(Peer.Postfix)]
    public async Task ThePipedWalkthroughIsPacedSoPostfixAnswersEveryLineAsIfTyped()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);

        await session.PipeAsync(PostfixWalkthrough.Lines);

        // Lock-step: each command went out only after the reply to the one before had arrived and been explained.
        Assert.Equal(
        [
            "< 220", "> EHLO contoso.com", "< 250", "> MAIL FROM:<chris@contoso.com>", "< 250",
            $"> RCPT TO:<{PostfixConfiguration.KnownRecipient}>", "< 250", "> DATA", "< 354",
            "> Subject: Test from Contoso", "> ", "> This is a test message", "> .", "< 250", "> QUIT", "< 221",
        ], session.SentAndExplained);
        Assert.DoesNotContain(session.ReceivedLines, l => l.Contains(SynchronizationError, StringComparison.Ordinal));
        Assert.Empty(session.Dropped);
        Assert.Equal(PostfixWalkthrough.ExpectedReplies, session.Annotations.Select(a => (a.Reply.Code, a.Reply.Enhanced?.ToString(), a.After)));
        Assert.All(session.Assistant.Transaction.Steps, step => Assert.Equal(SmtpStepState.Ok, step.State));
    }

    [PeerFact(Peer.Postfix)]
    public async Task ThePipedWalkthroughWithPipeliningSendsGroupsPostfixAcceptsAndEveryReplyIsExplained()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);
        string[] lines = [.. PostfixWalkthrough.Lines[..3], $"RCPT TO:<abuse@{PostfixConfiguration.HostName}>", .. PostfixWalkthrough.Lines[3..]];

        await session.PipeAsync(lines, pipelining: true);

        Assert.DoesNotContain(session.ReceivedLines, l => l.Contains(SynchronizationError, StringComparison.Ordinal));
        Assert.Equal(
            [(220, null), (250, null), (250, "2.1.0"), (250, "2.1.5"), (550, "5.1.1"), (354, null), (250, "2.0.0"), (221, "2.0.0")],
            session.Annotations.Select(a => (a.Reply.Code, a.Reply.Enhanced?.ToString())));
        // Replies to a group are paired with their commands in order (RFC 2920): the refusal is the second RCPT's.
        Assert.Equal(SmtpVerb.Rcpt, session.Annotations[4].After);
        Assert.Equal("the recipient does not exist in the organisation", session.Annotations[4].Causes[0]);
    }

    [PeerFact(Peer.Postfix)]
    public async Task PipedMessageLinesAfterARefusedDataAreNotSentAndInputResumesAfterTheLoneDot()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);
        string[] lines = [.. PostfixWalkthrough.Lines.Select(l => l.Replace("postmaster@", "kate@", StringComparison.Ordinal))];

        await session.PipeAsync(lines);

        Assert.Equal(["Subject: Test from Contoso", "", "This is a test message", "."], session.Dropped.Select(d => d.Line));
        Assert.All(session.Dropped, d => Assert.StartsWith("DATA was refused", d.Reason));
        // Nothing of the message reached Postfix as a command: no "500 5.5.2 Error: command not recognized".
        Assert.DoesNotContain(session.ReceivedLines, l => l.StartsWith("500", StringComparison.Ordinal));
        Assert.Equal(
            [(220, null), (250, null), (250, "2.1.0"), (550, "5.1.1"), (554, "5.5.1"), (221, "2.0.0")],
            session.Annotations.Select(a => (a.Reply.Code, a.Reply.Enhanced?.ToString())));
    }

    private static async Task<string> ReadUntilClosedAsync(NetworkStream stream)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var received = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await stream.ReadAsync(buffer, limit.Token)) > 0) received.Write(buffer, 0, read);
        return Encoding.ASCII.GetString(received.ToArray());
    }
}
