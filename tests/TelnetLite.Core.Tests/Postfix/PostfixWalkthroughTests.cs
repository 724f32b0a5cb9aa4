using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Core.Tests.Postfix;

/// <summary>The seed's walkthrough typed by hand against a real Postfix, every reply explained.</summary>
[Collection(PostfixCollection.Name)]
public sealed class PostfixWalkthroughTests(PostfixFixture postfix)
{
    [PeerFact(Peer.Postfix)]
    public async Task TheSeedsWalkthroughTypedByHandGetsEveryReplyExplainedInItsContext()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);

        foreach (var line in PostfixWalkthrough.Lines) await session.TypeAsync(line);

        var annotations = session.Annotations;
        Assert.Equal(PostfixWalkthrough.ExpectedReplies, annotations.Select(a => (a.Reply.Code, a.Reply.Enhanced?.ToString(), a.After)));
        Assert.Equal(
            [AssistSeverity.Success, AssistSeverity.Success, AssistSeverity.Success, AssistSeverity.Success, AssistSeverity.Intermediate, AssistSeverity.Success, AssistSeverity.Success],
            annotations.Select(a => a.Severity));
        Assert.All(annotations, a => Assert.Empty(a.Causes));

        Assert.Contains("mail1.fabrikam.test", annotations[0].Meaning);
        Assert.StartsWith("EHLO", annotations[0].Next);
        // The capability list as Postfix advertised it, SIZE made readable.
        Assert.Contains("PIPELINING, SIZE 9.8 MiB, VRFY, ETRN, ENHANCEDSTATUSCODES, 8BITMIME, DSN, SMTPUTF8, CHUNKING", annotations[1].Meaning);
        Assert.Equal("MAIL FROM:<sender@contoso.com>", annotations[1].Next);
        Assert.Contains("accepted the sender", annotations[2].Meaning);
        Assert.Contains("accepted the recipient", annotations[3].Meaning);
        Assert.Contains("type the message, a blank line after the headers, end with \".\" alone", annotations[4].Meaning);
        var queueId = session.ReceivedLines.Single(l => l.StartsWith("250 2.0.0 Ok: queued as ", StringComparison.Ordinal))["250 2.0.0 Ok: queued as ".Length..];
        Assert.Contains($"queued for delivery (queue id {queueId})", annotations[5].Meaning);
        Assert.Contains("the server closed the SMTP session", annotations[6].Meaning);
        Assert.StartsWith("quit", annotations[6].Next);
    }

    [PeerFact(Peer.Postfix)]
    public async Task EveryAnnotationIsShownAsAHeadlineThenItsNextStepAfterTheReplyItExplains()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);

        await session.TypeAsync("EHLO contoso.com");
        await session.TypeAsync("MAIL FROM:<chris@contoso.com>");

        var transcript = session.Transcript;
        var reply = transcript.ToList().FindIndex(e => e.Kind == TranscriptKind.Received && e.Text == "250 2.1.0 Ok");
        Assert.True(reply >= 0, "the reply to MAIL FROM is in the transcript");
        Assert.Equal(TranscriptKind.Annotation, transcript[reply + 1].Kind);
        Assert.Equal("250 2.1.0 success: the server accepted the sender (2.1.0 address valid)", transcript[reply + 1].Text);
        Assert.Equal("next: RCPT TO:<recipient>", transcript[reply + 2].Text);
    }

    [PeerFact(Peer.Postfix)]
    public async Task TheTransactionChecklistEndsWithEveryStepDone()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);

        foreach (var line in PostfixWalkthrough.Lines) await session.TypeAsync(line);

        Assert.All(session.Assistant.Transaction.Steps, step => Assert.Equal(SmtpStepState.Ok, step.State));
        Assert.Equal(1, session.Assistant.Transaction.MessagesAccepted);
    }

    [PeerFact(Peer.Postfix)]
    public async Task TheSeedsLinesWithoutAngleBracketsAreWarnedAboutAndPostfixsLeniencyIsExplained()
    {
        await using var session = await PostfixSession.OpenAsync(postfix.Instance);

        await session.TypeAsync("EHLO contoso.com");
        var mail = await session.TypeAsync("MAIL FROM:chris@contoso.com");
        var rcpt = await session.TypeAsync($"RCPT TO:{PostfixConfiguration.KnownRecipient} NOTIFY=success,failure");

        var warnings = session.Transcript.Where(e => e.Kind == TranscriptKind.Warning && e.Assist?.Severity == AssistSeverity.ProtocolWarning).ToList();
        Assert.Contains(warnings, w => w.Text.StartsWith("warning:", StringComparison.Ordinal) && w.Text.Contains("MAIL FROM", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Text.StartsWith("warning:", StringComparison.Ordinal) && w.Text.Contains("RCPT TO", StringComparison.Ordinal));
        // Postfix, like the seed's Exchange, takes the bare address (strict_rfc821_envelopes is off by default).
        Assert.Equal((250, "2.1.0"), (mail.Single().Reply.Code, mail.Single().Reply.Enhanced?.ToString()));
        Assert.Contains("lenient", mail.Single().Meaning, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((250, "2.1.5"), (rcpt.Single().Reply.Code, rcpt.Single().Reply.Enhanced?.ToString()));
    }
}
