using TelnetLite.Core.Assist;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpAssistantTests
{
    [Fact]
    public void EachCompletedReplyGivesOneMessageCarryingItsAnnotation()
    {
        var session = new AssistantSession().Receive("220 mail1.fabrikam.com ESMTP");
        session.Send("EHLO contoso.com").ReceiveRaw("250-mail1.fabrikam.com\r\n250-DSN\r\n");
        Assert.Single(session.Messages);
        session.Receive("250 PIPELINING");

        var message = session.Messages[1];
        var annotation = Assert.IsType<ReplyAnnotatedEvent>(message).Annotation;
        Assert.Equal(SmtpVerb.Ehlo, annotation.After);
        Assert.Equal(3, annotation.Reply.Lines.Count);
        Assert.Equal(annotation.ToLines(), message.Lines);
        Assert.Equal(AssistSeverity.Success, message.Severity);
    }

    [Fact]
    public void AFailedConnectFailsTheConnectStepAndSaysSoInTheSummary()
    {
        var session = new AssistantSession(connect: false);
        session.Observe(new ConnectingEvent(DateTimeOffset.Now, "mail1.fabrikam.com", 25));
        Assert.Equal("SMTP: connect waiting", session.Assistant.Snapshot.Summary);

        session.Observe(new ConnectFailedEvent(DateTimeOffset.Now, "mail1.fabrikam.com", 25, "Connecting to mail1.fabrikam.com...",
            "no service is listening", ["connect failed: no service is listening"], "Connection refused"));

        Assert.Equal("SMTP: connect failed", session.Assistant.Snapshot.Summary);
        Assert.Equal(ChecklistStepState.Failed, session.Assistant.Snapshot.Checklist[0].State);
        Assert.False(session.Assistant.Snapshot.IsAwaitingReply);
    }

    [Fact]
    public void TheSeverityComesFromTheAnnotation()
    {
        var session = new AssistantSession().Receive("220 mail1.fabrikam.com ESMTP");
        session.Send("MAIL FROM:<chris@contoso.com>").Receive("530 5.7.1 Client was not authenticated");
        Assert.Equal(AssistSeverity.PermanentFailure, session.Messages[^1].Severity);
        Assert.Equal("530 5.7.1 permanent failure: reply after Mail", session.Messages[^1].Lines[0]);
    }

    [Fact]
    public void AMalformedReplyIsFollowedByAProtocolWarningNamingItsFlaws()
    {
        var session = new AssistantSession().Receive("220 mail1.fabrikam.com ESMTP");
        session.Send("NOOP").ReceiveRaw("250-first\n251 second\r\n");

        Assert.Equal(3, session.Messages.Count);
        var warning = session.Messages[^1];
        Assert.Equal(AssistSeverity.ProtocolWarning, warning.Severity);
        Assert.StartsWith("warning: malformed reply: ", warning.Lines[0]);
        Assert.Contains("different code", warning.Lines[0]);
        Assert.Contains("bare LF", warning.Lines[0]);
        Assert.StartsWith("cause: ", warning.Lines[1]);
        Assert.IsType<ReplyFlawsEvent>(warning);
    }

    [Fact]
    public void ABannerWithoutACodeOnPort25IsAnnotatedAndSaidNotToBeSmtp()
    {
        var session = new AssistantSession().Receive("SSH-2.0-OpenSSH_9.6p1");
        Assert.Equal("??? protocol warning: reply after Connect", session.Messages[0].Lines[0]);
        Assert.Equal("cause: the server on this port may not speak SMTP: check the host name and the port", session.Messages[1].Lines[1]);
    }

    [Fact]
    public void ClosingTheConnectionHandsOutAReplyLeftWithoutItsLineEnd()
    {
        var session = new AssistantSession().Receive("220 mail1.fabrikam.com ESMTP");
        session.Send("MAIL FROM:<chris@contoso.com>").ReceiveRaw("421 4.4.2 mail1.fabrikam.test Error: timeout exceeded");
        Assert.Single(session.Messages);

        session.Close();
        Assert.Equal("421 4.4.2 transient failure: reply after Mail", session.Messages[^1].Lines[0]);
        Assert.Equal(SmtpPhase.Closed, session.Assistant.Conversation.Phase);
    }

    [Fact]
    public void LintGivesWarningLinesAndTheEndOfMessageReminderAsInformation()
    {
        var session = new AssistantSession().Receive("220 mail1.fabrikam.com ESMTP");
        session.Send("EHLO contoso.com").Receive("250-mail1.fabrikam.com", "250 DSN");

        var warning = Assert.Single(session.Assistant.Lint("MAIL FROM:chris@contoso.com"));
        Assert.Equal(AssistSeverity.ProtocolWarning, warning.Severity);
        Assert.StartsWith("warning: ", warning.Lines[0]);
        Assert.Equal("next: MAIL FROM:<chris@contoso.com>", warning.Lines[1]);

        session.Send("MAIL FROM:<chris@contoso.com>").Receive("250 2.1.0 Ok");
        session.Send("RCPT TO:<kate@fabrikam.com>").Receive("250 2.1.5 Ok");
        session.Send("DATA").Receive("354 go ahead");
        var reminder = Assert.Single(session.Assistant.Lint("."));
        Assert.Equal(AssistSeverity.Info, reminder.Severity);
        Assert.StartsWith("warning: \".\" alone on its line ends the message", reminder.Lines[0]);
        Assert.Empty(session.Assistant.Lint("This is a test message"));
    }

    [Fact]
    public void AwaitingReplyFollowsTheOutstandingCommands()
    {
        var session = new AssistantSession().Receive("220 mail1.fabrikam.com ESMTP");
        Assert.False(session.Assistant.IsAwaitingReply);
        session.Send("EHLO contoso.com");
        Assert.True(session.Assistant.IsAwaitingReply);
        session.Receive("250 mail1.fabrikam.com");
        Assert.False(session.Assistant.IsAwaitingReply);
    }

    [Fact]
    public void EventsItDoesNotFollowProduceNothing()
    {
        var session = new AssistantSession();
        session.Observe(new NoteEvent(ConversationFixturePlayer.Start, NoteKind.Info, "hello"));
        session.Observe(new ReceiveIdleEvent(ConversationFixturePlayer.Start));
        Assert.Empty(session.Messages);
    }

    [Fact]
    public void CredentialLinesAreRecognisedAsSecret()
    {
        var session = new AssistantSession(587).Receive("220 mail1.fabrikam.com ESMTP");
        var assistant = session.Assistant;
        Assert.True(assistant.IsSecretLine("AUTH PLAIN AGNocmlzAHNlY3JldA=="));
        Assert.False(assistant.IsSecretLine("AUTH LOGIN"));
        Assert.False(assistant.IsSecretLine("Y2hyaXM="));

        session.Send("AUTH LOGIN").Receive("334 VXNlcm5hbWU6");
        Assert.True(assistant.IsSecretLine("Y2hyaXM="));
    }
}
