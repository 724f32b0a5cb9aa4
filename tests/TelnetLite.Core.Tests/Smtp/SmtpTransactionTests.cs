using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpTransactionTests
{
    private static List<SmtpStepState> States(SmtpConversation conversation) =>
        conversation.Transaction.Steps.Select(s => s.State).ToList();

    private const SmtpStepState P = SmtpStepState.Pending, O = SmtpStepState.Ok, F = SmtpStepState.Failed, S = SmtpStepState.Skipped;

    [Fact]
    public void TheSeedWalkthroughTicksEveryStepWithItsElapsedTimeAndReply()
    {
        var driver = new ConversationDriver().InMessage();
        driver.SendAll("Subject: Test from Contoso", "", "This is a test message", ".");
        driver.Receive("250 2.6.0 <id@mail1.fabrikam.com> Queued mail for delivery");
        driver.Send("QUIT");
        driver.Receive("221 2.0.0 Service closing transmission channel");

        var transaction = driver.Conversation.Transaction;
        Assert.All(transaction.Steps, s => Assert.Equal(O, s.State));
        Assert.Equal(Enum.GetValues<SmtpStepKind>(), transaction.Steps.Select(s => s.Kind));
        Assert.Equal(TimeSpan.FromSeconds(1), transaction[SmtpStepKind.MailFrom].Elapsed);
        Assert.Equal(TimeSpan.FromSeconds(4), transaction[SmtpStepKind.Message].Elapsed);
        Assert.Equal("250 2.1.0 Sender OK", transaction[SmtpStepKind.MailFrom].Reply);
        Assert.Equal("221 2.0.0 Service closing transmission channel", transaction[SmtpStepKind.Quit].Reply);
        Assert.Equal(1, transaction.MessagesAccepted);
    }

    [Fact]
    public void AStepWaitingForItsReplyIsPendingAndInProgress()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        var step = driver.Conversation.Transaction[SmtpStepKind.MailFrom];
        Assert.Equal(P, step.State);
        Assert.True(step.InProgress);
        Assert.False(driver.Conversation.Transaction[SmtpStepKind.RcptTo].InProgress);
    }

    [Fact]
    public void ARefusedDataSkipsTheMessageAndTheDot()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("250 2.1.0 Ok");
        driver.Send("RCPT TO:<x@fabrikam.com>");
        driver.Receive("550 5.1.1 User unknown");
        driver.Send("DATA");
        driver.Receive("554 5.5.1 Error: no valid recipients");

        Assert.Equal([O, O, O, O, F, F, S, S, P], States(driver.Conversation));
    }

    [Fact]
    public void MailWithoutEhloSkipsTheEhloStep()
    {
        var driver = new ConversationDriver().Greet();
        driver.Send("MAIL FROM:<chris@contoso.com>");
        driver.Receive("503 5.5.2 Send hello first");
        Assert.Equal([O, O, S, F, P, P, P, P, P], States(driver.Conversation));
    }

    [Fact]
    public void QuitRightAfterEhloSkipsTheMailSteps()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.Send("QUIT");
        driver.Receive("221 2.0.0 Bye");
        Assert.Equal([O, O, O, S, S, S, S, S, O], States(driver.Conversation));
    }

    [Fact]
    public void OneAcceptedRecipientKeepsRcptToOkWhateverTheOthersGet()
    {
        var driver = new ConversationDriver().Ehlo();
        driver.SendAll("MAIL FROM:<chris@contoso.com>", "RCPT TO:<x@fabrikam.com>");
        driver.Receive("250 2.1.0 Ok", "550 5.1.1 User unknown");
        Assert.Equal(F, driver.Conversation.Transaction[SmtpStepKind.RcptTo].State);

        driver.Send("RCPT TO:<kate@fabrikam.com>");
        driver.Receive("250 2.1.5 Ok");
        driver.Send("RCPT TO:<y@fabrikam.com>");
        driver.Receive("550 5.1.1 User unknown");
        Assert.Equal(O, driver.Conversation.Transaction[SmtpStepKind.RcptTo].State);
    }

    [Fact]
    public void ASecondMessageStartsTheMailStepsAfresh()
    {
        var driver = new ConversationDriver().InMessage();
        driver.Send(".");
        driver.Receive("250 2.0.0 Ok: queued as 1");
        driver.Send("MAIL FROM:<chris@contoso.com>");

        Assert.Equal([O, O, O, P, P, P, P, P, P], States(driver.Conversation));
        Assert.True(driver.Conversation.Transaction[SmtpStepKind.MailFrom].InProgress);
        Assert.Equal(1, driver.Conversation.Transaction.MessagesAccepted);
    }

    [Fact]
    public void AConnectionThatNeverOpenedFailsTheConnectStep()
    {
        var driver = new ConversationDriver(connect: false);
        driver.Conversation.OnConnecting(driver.Tick());
        driver.Conversation.OnClosed(driver.Tick());
        Assert.Equal(F, driver.Conversation.Transaction[SmtpStepKind.Connect].State);
        Assert.Equal(TimeSpan.FromSeconds(1), driver.Conversation.Transaction[SmtpStepKind.Connect].Elapsed);
    }
}
