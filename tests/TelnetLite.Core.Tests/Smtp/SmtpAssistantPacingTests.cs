using System.Net;
using System.Text;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpAssistantPacingTests
{
    private static readonly DateTimeOffset T = ConversationFixturePlayer.Start;

    private static SmtpAssistant Connected(int port = 25)
    {
        var assistant = new SmtpAssistant(port, CodeClassAnnotator.Annotate);
        assistant.Feed(new ConnectingEvent(T, "mail1.fabrikam.com", port));
        assistant.Feed(new ConnectedEvent(T, "mail1.fabrikam.com", port, new IPEndPoint(IPAddress.Loopback, port), new IPEndPoint(IPAddress.Loopback, 50000)));
        return assistant;
    }

    private static void Receive(SmtpAssistant assistant, params string[] lines) =>
        assistant.Feed(new DataReceivedEvent(T, Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\r\n")))));

    private static void Send(SmtpAssistant assistant, string line) =>
        assistant.Feed(new LineSentEvent(T, Encoding.UTF8.GetBytes(line), false));

    [Fact]
    public void TheSeedWalkthroughPipedInRunsLockStepAsIfTyped()
    {
        var log = PipedInputRun.Run(SeedWalkthrough.Lines, new ScriptedSmtpServer(pipelining: false), pipelining: false);
        Assert.Equal(
        [
            "S: 220 mail1.fabrikam.com ESMTP ready",
            "C: EHLO contoso.com", "S: 250 8BITMIME",
            "C: MAIL FROM:chris@contoso.com", "S: 250 2.1.0 Ok",
            "C: RCPT TO:kate@fabrikam.com NOTIFY=success,failure", "S: 250 2.1.5 Ok",
            "C: DATA", "S: 354 End data with <CR><LF>.<CR><LF>",
            "C: Subject: Test from Contoso", "C: ", "C: This is a test message", "C: .",
            "S: 250 2.0.0 Ok: queued as 4XyZ1234AB",
            "C: QUIT", "S: 221 2.0.0 Bye",
        ], log);
    }

    [Fact]
    public void WhenDataIsRefusedTheMessageLinesAndTheDotAreDroppedAndInputResumesAfterIt()
    {
        string[] input = ["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "RCPT TO:<unknown@fabrikam.com>", "DATA",
            "Subject: Test from Contoso", "", "This is a test message", ".", "QUIT"];
        var log = PipedInputRun.Run(input, new ScriptedSmtpServer(pipelining: false), pipelining: false);

        Assert.Equal(
        [
            "S: 220 mail1.fabrikam.com ESMTP ready",
            "C: EHLO contoso.com", "S: 250 8BITMIME",
            "C: MAIL FROM:<chris@contoso.com>", "S: 250 2.1.0 Ok",
            "C: RCPT TO:<unknown@fabrikam.com>", "S: 550 5.1.1 User unknown",
            "C: DATA", "S: 554 5.5.1 Error: no valid recipients",
            "dropped: Subject: Test from Contoso (DATA was refused: message line not sent, the server would take it as a command)",
            "dropped:  (DATA was refused: message line not sent, the server would take it as a command)",
            "dropped: This is a test message (DATA was refused: message line not sent, the server would take it as a command)",
            "dropped: . (DATA was refused: the lone \".\" ending the unsent message is not sent either; input resumes after it)",
            "C: QUIT", "S: 221 2.0.0 Bye",
        ], log);
    }

    [Fact]
    public void WithPipeliningRequestedAndAdvertisedMailAndRcptGoAsOneGroupEndedByData()
    {
        string[] input = ["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "RCPT TO:<kate@fabrikam.com>",
            "RCPT TO:<unknown@fabrikam.com>", "DATA", "body", ".", "QUIT"];
        var log = PipedInputRun.Run(input, new ScriptedSmtpServer(pipelining: true), pipelining: true);

        Assert.Equal(
        [
            "S: 220 mail1.fabrikam.com ESMTP ready",
            "C: EHLO contoso.com", "S: 250 8BITMIME",
            "C: MAIL FROM:<chris@contoso.com>", "C: RCPT TO:<kate@fabrikam.com>", "C: RCPT TO:<unknown@fabrikam.com>", "C: DATA",
            "S: 250 2.1.0 Ok", "S: 250 2.1.5 Ok", "S: 550 5.1.1 User unknown", "S: 354 End data with <CR><LF>.<CR><LF>",
            "C: body", "C: .", "C: QUIT",
            "S: 250 2.0.0 Ok: queued as 4XyZ1234AB", "S: 221 2.0.0 Bye",
        ], log);
    }

    [Fact]
    public void PipeliningRequestedButNotAdvertisedStaysLockStep()
    {
        string[] input = ["EHLO contoso.com", "MAIL FROM:<chris@contoso.com>", "RCPT TO:<kate@fabrikam.com>", "QUIT"];
        var log = PipedInputRun.Run(input, new ScriptedSmtpServer(pipelining: false), pipelining: true);
        Assert.Equal(
        [
            "S: 220 mail1.fabrikam.com ESMTP ready",
            "C: EHLO contoso.com", "S: 250 8BITMIME",
            "C: MAIL FROM:<chris@contoso.com>", "S: 250 2.1.0 Ok",
            "C: RCPT TO:<kate@fabrikam.com>", "S: 250 2.1.5 Ok",
            "C: QUIT", "S: 221 2.0.0 Bye",
        ], log);
    }

    [Fact]
    public void TheFirstLineWaitsForTheGreeting()
    {
        var assistant = Connected();
        var decision = assistant.Pace("EHLO contoso.com", pipelining: false);
        Assert.Equal(PacingVerdict.Wait, decision.Verdict);
        Assert.Equal("waiting for the server's greeting", decision.Reason);

        Receive(assistant, "220 mail1.fabrikam.com ESMTP");
        Assert.Same(PacingDecision.SendNow, assistant.Pace("EHLO contoso.com", pipelining: false));
    }

    [Fact]
    public void DataWaitsFor354AndAMultiLineReplyMustBeComplete()
    {
        var assistant = Connected();
        Receive(assistant, "220 mail1.fabrikam.com ESMTP");
        Send(assistant, "EHLO contoso.com");
        assistant.Feed(new DataReceivedEvent(T, Encoding.ASCII.GetBytes("250-mail1.fabrikam.com\r\n250-PIPELINING\r\n")));
        Assert.Equal("waiting for the reply to EHLO", assistant.Pace("MAIL FROM:<chris@contoso.com>", true).Reason);
        Receive(assistant, "250 DSN");

        Send(assistant, "MAIL FROM:<chris@contoso.com>");
        Receive(assistant, "250 2.1.0 Ok");
        Send(assistant, "RCPT TO:<kate@fabrikam.com>");
        Receive(assistant, "250 2.1.5 Ok");
        Send(assistant, "DATA");
        Assert.True(assistant.IsAwaitingReply);
        Assert.Equal(new PacingDecision(PacingVerdict.Wait, "waiting for the reply to DATA"), assistant.Pace("Subject: x", pipelining: true));

        Receive(assistant, "354 go ahead");
        Assert.False(assistant.IsAwaitingReply);
        Assert.Same(PacingDecision.SendNow, assistant.Pace("Subject: x", pipelining: false));
    }

    [Fact]
    public void TheAnswerToAnAuthChallengeGoesAtOnceAndIsSecret()
    {
        var assistant = Connected(587);
        Receive(assistant, "220 mail1.fabrikam.com ESMTP");
        Send(assistant, "EHLO contoso.com");
        Receive(assistant, "250-mail1.fabrikam.com", "250 AUTH LOGIN");
        Send(assistant, "AUTH LOGIN");
        Assert.False(assistant.NextLineIsSecret);
        Receive(assistant, "334 VXNlcm5hbWU6");

        Assert.True(assistant.NextLineIsSecret);
        Assert.Same(PacingDecision.SendNow, assistant.Pace("Y2hyaXM=", pipelining: false));
    }

    [Fact]
    public void WithoutSmtpRecognisedEverythingGoesAtOnce()
    {
        var assistant = Connected(2121);
        Assert.Same(PacingDecision.SendNow, assistant.Pace("USER x", pipelining: false));
        var smtp = Connected(25);
        smtp.Mode = AssistMode.Off;
        Assert.Same(PacingDecision.SendNow, smtp.Pace("EHLO contoso.com", pipelining: false));
        Assert.False(smtp.IsAwaitingReply);
    }
}
