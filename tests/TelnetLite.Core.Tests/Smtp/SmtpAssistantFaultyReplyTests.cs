using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

/// <summary>Replies a faulty or hostile server sends: cut off by a reset, or with a code outside the reply classes.</summary>
public sealed class SmtpAssistantFaultyReplyTests
{
    [Fact]
    public void AfterAResetInTheMiddleOfTheEhloReplyTheStatusDoesNotSayEhloOk()
    {
        var session = new AssistantSession()
            .Receive("220 mail1.fabrikam.com ESMTP")
            .Send("EHLO contoso.com")
            .Receive("250-mail1.fabrikam.com Hello", "250-SIZE 36700160")
            .Observe(new ClosedEvent(DateTimeOffset.UnixEpoch.AddHours(1), CloseReason.Lost, "Connection reset by peer"));

        var conversation = session.Assistant.Conversation;
        Assert.Equal(SmtpStepState.Failed, conversation.Transaction[SmtpStepKind.Ehlo].State);
        Assert.Null(conversation.Capabilities);
        Assert.DoesNotContain("EHLO ok", session.Assistant.Summary);
        Assert.Contains(session.Messages, m => m.Lines[0].Contains("the connection ended before its last line", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEhloReplyThatEndsBeforeTheCloseIsStillOk()
    {
        var session = new AssistantSession()
            .Receive("220 mail1.fabrikam.com ESMTP")
            .Send("EHLO contoso.com")
            .Receive("250-mail1.fabrikam.com Hello", "250 SIZE 36700160")
            .Close();

        Assert.Equal(SmtpStepState.Ok, session.Assistant.Conversation.Transaction[SmtpStepKind.Ehlo].State);
    }

    [Fact]
    public void ACode999AnswersTheCommandAndIsCalledAThreeDigitCodeOutsideTheReplyClasses()
    {
        var session = new AssistantSession()
            .Receive("220 mail1.fabrikam.com ESMTP")
            .Send("EHLO contoso.com")
            .Receive("999 what");

        var conversation = session.Assistant.Conversation;
        Assert.Equal(0, conversation.OutstandingCount);
        Assert.Equal(SmtpStepState.Failed, conversation.Transaction[SmtpStepKind.Ehlo].State);
        Assert.Contains(session.Messages, m => m.Lines[0].Contains("a three-digit code outside 2xx–5xx", StringComparison.Ordinal));
        Assert.DoesNotContain(session.Messages, m => m.Lines.Any(l => l.Contains("no three-digit code", StringComparison.Ordinal)));
    }
}
