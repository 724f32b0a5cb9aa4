using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpConversationTests
{
    private static List<SmtpVerb?> Afters(ConversationDriver driver) => driver.Contexts.Select(c => c.After).ToList();

    [Fact]
    public void TheGreetingAnswersTheConnectionEvenWhenTheUserTypedFirst()
    {
        var driver = new ConversationDriver();
        driver.Send("EHLO contoso.com");
        driver.Greet().Receive("250 mail1.fabrikam.com Hello");

        Assert.Equal([SmtpVerb.Connect, SmtpVerb.Ehlo], Afters(driver));
        Assert.Null(driver.Contexts[0].Command);
        Assert.Equal("EHLO contoso.com", driver.Contexts[1].Command?.Line);
    }

    [Fact]
    public void PipelinedCommandsArePairedWithTheirRepliesInOrder()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.SendAll("MAIL FROM:<chris@contoso.com>", "RCPT TO:<kate@fabrikam.com>", "RCPT TO:<x@fabrikam.com>", "DATA");
        Assert.Equal(4, driver.Conversation.OutstandingCount);

        driver.Receive("250 2.1.0 Ok", "250 2.1.5 Ok", "550 5.1.1 <x@fabrikam.com>: Recipient address rejected", "354 End data");

        Assert.Equal([SmtpVerb.Connect, SmtpVerb.Ehlo, SmtpVerb.Mail, SmtpVerb.Rcpt, SmtpVerb.Rcpt, SmtpVerb.Data], Afters(driver));
        Assert.Equal("x@fabrikam.com", driver.Contexts[4].Command?.Address);
        Assert.Equal(["kate@fabrikam.com"], driver.Conversation.AcceptedRecipients);
        Assert.Equal(SmtpPhase.Message, driver.Conversation.Phase);
        Assert.Equal(0, driver.Conversation.OutstandingCount);
    }

    [Fact]
    public void InsideDataMessageLinesAreNeverCommandsUntilTheLoneDot()
    {
        var driver = new ConversationDriver().InMessage();
        Assert.Null(driver.Send("MAIL FROM:x"));
        Assert.Null(driver.Send("QUIT"));
        Assert.Null(driver.Send(".."));
        Assert.Equal(0, driver.Conversation.OutstandingCount);
        Assert.Equal(3, driver.Conversation.MessageLines);

        var end = driver.Send(".");
        Assert.Equal(SmtpVerb.EndOfData, end?.Verb);
        Assert.Equal(SmtpPhase.Commands, driver.Conversation.Phase);
        driver.Receive("250 2.6.0 <id@mail1.fabrikam.com> Queued mail for delivery");

        Assert.Equal(SmtpVerb.EndOfData, driver.LastContext.After);
        Assert.Equal(1, driver.LastContext.AcceptedRecipients);
        Assert.False(driver.Conversation.TransactionOpen);
        Assert.Empty(driver.Conversation.AcceptedRecipients);
    }

    [Fact]
    public void AfterARefusedDataTheNextLinesAreCommands()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("DATA");
        driver.Receive("503 5.5.1 Error: need RCPT command");

        Assert.Equal(SmtpPhase.Commands, driver.Conversation.Phase);
        Assert.True(driver.Conversation.DataRefused);
        Assert.Equal(SmtpVerb.Unknown, driver.Send("Subject: Test from Contoso")?.Verb);
        Assert.False(driver.Conversation.DataRefused);
        Assert.Equal(1, driver.Conversation.OutstandingCount);
    }

    [Fact]
    public void LinesSentBehindAnUnansweredDataBecomeMessageLinesWhen354Comes()
    {
        var driver = new ConversationDriver().WithRecipient();
        driver.SendAll("DATA", "Subject: x", "", "body", ".", "QUIT");
        Assert.True(driver.Conversation.HasLinesHeldBehindData);

        driver.Receive("354 go ahead");
        Assert.False(driver.Conversation.HasLinesHeldBehindData);
        Assert.Equal(3, driver.Conversation.MessageLines);
        Assert.Equal([SmtpVerb.EndOfData, SmtpVerb.Quit], driver.Conversation.Outstanding.Select(c => c.Verb));

        driver.Receive("250 2.0.0 Ok: queued as 4XyZ1234AB", "221 2.0.0 Bye");
        Assert.Equal([SmtpVerb.EndOfData, SmtpVerb.Quit], Afters(driver)[^2..]);
        Assert.Equal(SmtpPhase.Closed, driver.Conversation.Phase);
    }

    [Fact]
    public void LinesSentBehindAnUnansweredDataBecomeCommandsWhenDataIsRefused()
    {
        var driver = new ConversationDriver().WithRecipient();
        driver.SendAll("DATA", "Subject: x", ".");
        driver.Receive("503 5.5.0 Improper use of SMTP command pipelining");

        Assert.Equal([SmtpVerb.Unknown, SmtpVerb.Unknown], driver.Conversation.Outstanding.Select(c => c.Verb));
        Assert.Equal(["Subject: x", "."], driver.Conversation.Outstanding.Select(c => c.Line));
        Assert.False(driver.Conversation.DataRefused);
    }

    [Fact]
    public void BdatChunkOctetsAreCountedAndNotTakenAsCommands()
    {
        var driver = new ConversationDriver().WithRecipient();
        Assert.Equal(SmtpVerb.Bdat, driver.Send("BDAT 13 LAST")?.Verb);
        Assert.Equal(SmtpPhase.BdatChunk, driver.Conversation.Phase);
        Assert.Null(driver.Send("RSET"));
        Assert.Null(driver.Send("hello"));
        Assert.Equal(SmtpPhase.Commands, driver.Conversation.Phase);
        Assert.Equal(SmtpVerb.Quit, driver.Send("QUIT")?.Verb);

        driver.Receive("250 2.0.0 Ok: 13 octets received, queued");
        Assert.Equal(SmtpVerb.Bdat, driver.LastContext.After);
        Assert.Equal(1, driver.Conversation.BdatChunks);
        Assert.Equal(SmtpStepState.Ok, driver.Conversation.Transaction[SmtpStepKind.EndOfData].State);
        Assert.False(driver.Conversation.TransactionOpen);
    }

    [Fact]
    public void AnAuthChallengeMakesTheNextLineASecretAuthResponse()
    {
        var driver = new ConversationDriver().Ehlo("AUTH LOGIN PLAIN");
        driver.Send("AUTH LOGIN");
        driver.Receive("334 VXNlcm5hbWU6");
        Assert.Equal(SmtpPhase.AuthChallenge, driver.Conversation.Phase);

        var response = driver.Send("Y2hyaXM=");
        Assert.Equal(SmtpVerb.AuthResponse, response?.Verb);
        Assert.Equal("", response?.Line);
        Assert.Equal(SmtpPhase.Commands, driver.Conversation.Phase);

        driver.Receive("334 UGFzc3dvcmQ6");
        driver.Send("c2VjcmV0");
        driver.Receive("235 2.7.0 Authentication successful");
        Assert.Equal(SmtpVerb.AuthResponse, driver.LastContext.After);
        Assert.False(driver.LastContext.Authenticated);
        Assert.True(driver.Conversation.Authenticated);
    }

    [Fact]
    public void StartTlsAnswered220ForgetsTheSessionAndWantsEhloAgain()
    {
        var driver = new ConversationDriver(587).Ehlo("STARTTLS", "PIPELINING");
        driver.Send("STARTTLS");
        driver.Receive("220 2.0.0 Ready to start TLS");

        var conversation = driver.Conversation;
        Assert.True(conversation.TlsActive);
        Assert.False(conversation.HelloDone);
        Assert.Null(conversation.Capabilities);
        Assert.Equal(SmtpStepState.Pending, conversation.Transaction[SmtpStepKind.Ehlo].State);

        driver.Send("EHLO contoso.com");
        driver.Receive("250-mail1.fabrikam.com", "250 AUTH PLAIN LOGIN");
        Assert.True(conversation.HelloDone);
        Assert.Equal(["PLAIN", "LOGIN"], conversation.Capabilities?.AuthMechanisms);
        Assert.True(driver.LastContext.TlsActive);
    }

    [Fact]
    public void TheEhloReplysContextAlreadyCarriesItsCapabilities()
    {
        var driver = new ConversationDriver().Ehlo("SIZE 36700160", "DSN");
        Assert.Equal(36700160, driver.LastContext.Capabilities?.MaxSize);
        Assert.Equal("contoso.com", driver.LastContext.SenderDomain);
        Assert.Equal(25, driver.LastContext.Port);
    }

    [Fact]
    public void HeloAcceptedMeansNoCapabilities()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("HELO contoso.com");
        driver.Receive("250 mail1.fabrikam.com");
        Assert.Equal(SmtpVerb.Helo, driver.Conversation.Hello);
        Assert.Null(driver.Conversation.Capabilities);
    }

    [Fact]
    public void AnAcceptedMailOpensATransactionAndRsetClosesIt()
    {
        var driver = new ConversationDriver().WithRecipient();
        Assert.True(driver.Conversation.TransactionOpen);
        driver.Send("RSET");
        driver.Receive("250 2.0.0 Ok");
        Assert.False(driver.Conversation.TransactionOpen);
        Assert.Empty(driver.Conversation.AcceptedRecipients);
        Assert.Equal(SmtpStepState.Pending, driver.Conversation.Transaction[SmtpStepKind.MailFrom].State);
    }

    [Fact]
    public void AnUnsolicited421IsUnpairedAndClosesTheConversation()
    {
        var driver = new ConversationDriver().InMessage();
        driver.Receive("421 4.4.2 mail1.fabrikam.test Error: timeout exceeded");
        Assert.Null(driver.LastContext.After);
        Assert.Equal(SmtpPhase.Closed, driver.Conversation.Phase);
        Assert.Equal(SmtpVerb.Quit, driver.Send("QUIT")?.Verb);
        Assert.Equal(0, driver.Conversation.OutstandingCount);
    }

    [Fact]
    public void A421AnsweringACommandIsPairedAndClosesTheConversation()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("421 4.7.0 mail1.fabrikam.test Error: too many errors");
        Assert.Equal(SmtpVerb.Mail, driver.LastContext.After);
        Assert.Equal(SmtpPhase.Closed, driver.Conversation.Phase);
    }

    [Fact]
    public void AStrayLineWithoutACodeDoesNotShiftThePairing()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.SendAll("MAIL FROM:<chris@contoso.com>", "RCPT TO:<kate@fabrikam.com>");
        driver.Receive("250 2.1.0 Ok", "some proxy noise", "250 2.1.5 Ok");
        Assert.Equal([SmtpVerb.Mail, null, SmtpVerb.Rcpt], Afters(driver)[^3..]);
    }

    [Fact]
    public void A554GreetingWaitsForQuitButA421GreetingCloses()
    {
        var refused = new ConversationDriver().Receive("554 5.7.1 No SMTP service here");
        Assert.Equal(SmtpPhase.Commands, refused.Conversation.Phase);
        Assert.Equal(SmtpStepState.Failed, refused.Conversation.Transaction[SmtpStepKind.Greeting].State);

        var busy = new ConversationDriver().Receive("421 4.4.5 Server busy, try again later.");
        Assert.Equal(SmtpPhase.Closed, busy.Conversation.Phase);
    }

    [Fact]
    public void TheSenderDomainComesFromMailFromWhenNoHelloNamedIt()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        Assert.Equal("contoso.com", driver.Conversation.SenderDomain);
    }

    [Fact]
    public void TheMessageHeaderBlockIsFollowedUntilItsBlankLine()
    {
        var driver = new ConversationDriver().InMessage();
        driver.Send("Subject: Test from Contoso");
        Assert.True(driver.Conversation.MessageHasHeaders);
        Assert.True(driver.Conversation.MessageInHeaders);
        driver.Send(" folded continuation");
        Assert.True(driver.Conversation.MessageInHeaders);
        driver.Send("");
        Assert.False(driver.Conversation.MessageInHeaders);
    }

    [Fact]
    public void ClosingForgetsOutstandingCommands()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("EHLO contoso.com");
        driver.Conversation.OnClosed(driver.Tick());
        Assert.Equal(0, driver.Conversation.OutstandingCount);
        Assert.Equal(SmtpPhase.Closed, driver.Conversation.Phase);
    }

    [Fact]
    public void TheInitialResponseOfAuthPlainIsNotKept()
    {
        var driver = new ConversationDriver().Ehlo("AUTH PLAIN");
        var command = driver.Send("auth plain AGNocmlzAHNlY3JldA==");
        Assert.Equal("auth plain ********", command?.Line);
        Assert.Equal("plain ********", command?.Argument);
        Assert.DoesNotContain(driver.Conversation.Outstanding, c => c.Line.Contains("AGNo", StringComparison.Ordinal));

        Assert.Equal("AUTH LOGIN", driver.Receive("535 5.7.8 Error: authentication failed").Send("AUTH LOGIN")?.Line);
    }
}
