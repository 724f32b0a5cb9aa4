using TelnetLite.Core.Assist;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpAssistantRecognitionTests
{
    [Theory]
    [InlineData(25)]
    [InlineData(465)]
    [InlineData(587)]
    [InlineData(2525)]
    public void SmtpPortsAreConfirmedAtOnce(int port)
    {
        var session = new AssistantSession(port);
        Assert.Equal(AssistRecognition.Confirmed, session.Assistant.Recognition);
        Assert.Equal("SMTP", session.Assistant.Protocol);
    }

    [Fact]
    public void AnotherPortIsNotRecognisedBeforeTheGreeting() =>
        Assert.Equal(AssistRecognition.None, new AssistantSession(2121).Assistant.Recognition);

    [Fact]
    public void AGreetingThatNamesEsmtpIsConfirmedAtOnceOnAnyPort()
    {
        var session = new AssistantSession(10025).Receive("220 mail1.fabrikam.test ESMTP Postfix (Debian/GNU)");
        Assert.Equal(AssistRecognition.Confirmed, session.Assistant.Recognition);
        Assert.Equal(["220 success: reply after Connect"], session.Headlines);
    }

    [Fact]
    public void AnFtpLike220On2121IsTentativeAndDroppedWhenTheFirstCommandIsNotSmtp()
    {
        var session = new AssistantSession(2121).Receive("220 ProFTPD Server (Debian) [::ffff:127.0.0.1]");
        Assert.Equal(AssistRecognition.Tentative, session.Assistant.Recognition);
        Assert.Empty(session.Messages);

        session.Send("USER x").Receive("331 Password required for x");
        Assert.Equal(AssistRecognition.None, session.Assistant.Recognition);
        Assert.Empty(session.Messages);
        Assert.Empty(session.Assistant.Lint("PASS secret"));
        Assert.False(session.Assistant.IsAwaitingReply);
    }

    [Fact]
    public void ATentativeGreetingIsConfirmedByTheReplyToEhloAndTheHeldAnnotationsFollow()
    {
        var session = new AssistantSession(2121).Receive("220 mail1.fabrikam.com ready");
        session.Send("EHLO contoso.com").Receive("250-mail1.fabrikam.com", "250 PIPELINING");

        Assert.Equal(AssistRecognition.Confirmed, session.Assistant.Recognition);
        Assert.Equal(
            ["info: SMTP recognised on port 2121: the server answered 250 to EHLO",
             "220 success: reply after Connect",
             "250 success: reply after Ehlo",
             "capability: PIPELINING — several commands may be sent without waiting for each reply (RFC 2920)"],
            session.Headlines);
        Assert.Equal(AssistSeverity.Info, session.Messages[0].Severity);
    }

    [Fact]
    public void ASyntaxErrorWithAnEnhancedCodeAlsoConfirmsATentativeGreeting()
    {
        var session = new AssistantSession(2121).Receive("220 mail1.fabrikam.com ready");
        session.Send("EHLO contoso_.com").Receive("501 5.5.4 Invalid domain name");
        Assert.Equal(AssistRecognition.Confirmed, session.Assistant.Recognition);
    }

    [Fact]
    public void AnFtpServerRefusingEhloDropsTheTentativeRecognition()
    {
        var session = new AssistantSession(2121).Receive("220 (vsFTPd 3.0.5)");
        session.Send("EHLO contoso.com").Receive("500 Unknown command.");
        Assert.Equal(AssistRecognition.None, session.Assistant.Recognition);
        Assert.Empty(session.Messages);
    }

    [Fact]
    public void ANonSmtpFirstCommandTypedBeforeTheGreetingPreventsTentativeRecognition()
    {
        var session = new AssistantSession(2121).Send("USER x").Receive("220 ProFTPD Server");
        Assert.Equal(AssistRecognition.None, session.Assistant.Recognition);
    }

    [Fact]
    public void AGreetingThatIsNotAReplyIsNotRecognised()
    {
        var session = new AssistantSession(2222).Receive("SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13");
        Assert.Equal(AssistRecognition.None, session.Assistant.Recognition);
        session.Send("EHLO contoso.com").Receive("Invalid SSH identification string.");
        Assert.Equal(AssistRecognition.None, session.Assistant.Recognition);
        Assert.Empty(session.Messages);
    }

    [Fact]
    public void ModeOnForcesRecognitionAndModeOffSilencesEverything()
    {
        var ftp = new AssistantSession(2121);
        ftp.Assistant.Mode = AssistMode.On;
        ftp.Receive("220 ProFTPD Server").Send("USER x").Receive("331 Password required for x");
        Assert.Equal(AssistRecognition.Confirmed, ftp.Assistant.Recognition);
        Assert.Equal(2, ftp.Messages.Count);

        var smtp = new AssistantSession(25);
        smtp.Assistant.Mode = AssistMode.Off;
        smtp.Receive("220 mail1.fabrikam.com ESMTP").Send("MAIL FROM:chris@contoso.com");
        Assert.Equal(AssistRecognition.None, smtp.Assistant.Recognition);
        Assert.Empty(smtp.Messages);
        Assert.Empty(smtp.Assistant.Lint("MAIL FROM:chris@contoso.com"));

        smtp.Assistant.Mode = AssistMode.Auto;
        Assert.Equal(AssistRecognition.Confirmed, smtp.Assistant.Recognition);
        Assert.NotEmpty(smtp.Assistant.Lint("RCPT TO:kate@fabrikam.com"));
    }

    [Fact]
    public void EachNewConnectionStartsAfresh()
    {
        var session = new AssistantSession(25).Receive("220 mail1.fabrikam.com ESMTP").Send("EHLO contoso.com");
        session.Receive("250-mail1.fabrikam.com", "250 PIPELINING").Close();

        session.Connect(2121);
        var assistant = session.Assistant;
        Assert.Equal(AssistRecognition.None, assistant.Recognition);
        Assert.Equal(2121, assistant.Conversation.Port);
        Assert.False(assistant.Conversation.GreetingReceived);
        Assert.Null(assistant.Capabilities);
        Assert.Equal(SmtpStepState.Ok, assistant.Transaction[SmtpStepKind.Connect].State);

        session.Connect(587);
        Assert.Equal(AssistRecognition.Confirmed, assistant.Recognition);
    }

    [Fact]
    public void AConnectedEventWithoutAConnectingEventAlsoStartsAfresh()
    {
        var session = new AssistantSession(25).Receive("220 mail1.fabrikam.com ESMTP").Send("EHLO contoso.com");
        session.Observe(new ConnectedEvent(ConversationFixturePlayer.Start, "mail1.fabrikam.com", 587,
            new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 587), new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 50001)));
        Assert.Equal(587, session.Assistant.Conversation.Port);
        Assert.Equal(0, session.Assistant.Conversation.OutstandingCount);
    }
}
