using TelnetLite.Core.Assist;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpAssistantFixtureTests
{
    public static TheoryData<string> FixtureNames() => new(ConversationFixture.Names());

    private static string Checklist(SmtpAssistant assistant) =>
        string.Join(", ", assistant.Transaction.Steps.Select(s => $"{s.Kind} {s.State} {s.Elapsed?.TotalSeconds}"));

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void EachFixturePlaysTheSameWholeLineByLineAndByteByByte(string name)
    {
        var fixture = ConversationFixture.Load(name);
        var (wholeAssistant, whole) = ConversationFixturePlayer.Play(fixture, ServerChunking.Whole);
        var (lineAssistant, lines) = ConversationFixturePlayer.Play(fixture, ServerChunking.LineByLine);
        var (byteAssistant, bytes) = ConversationFixturePlayer.Play(fixture, ServerChunking.ByteByByte);

        Assert.NotEmpty(whole);
        Assert.Equal(ConversationFixturePlayer.Texts(whole), ConversationFixturePlayer.Texts(lines));
        Assert.Equal(ConversationFixturePlayer.Texts(whole), ConversationFixturePlayer.Texts(bytes));
        Assert.Equal(Checklist(wholeAssistant), Checklist(lineAssistant));
        Assert.Equal(Checklist(wholeAssistant), Checklist(byteAssistant));
    }

    [Theory]
    [InlineData("exchange2007-seed-success", "Connect 220, Ehlo 250, Mail 250, Rcpt 250, Data 354, EndOfData 250, Quit 221")]
    [InlineData("exchange2007-ehlo-invalid-domain", "Connect 220, Ehlo 501, Quit 221")]
    [InlineData("exchange2007-mail-invalid-address", "Connect 220, Ehlo 250, Mail 550, Quit 221")]
    [InlineData("exchange2007-mail-not-authenticated", "Connect 220, Ehlo 250, Mail 530, Quit 221")]
    [InlineData("exchange2007-rcpt-user-unknown", "Connect 220, Ehlo 250, Mail 250, Rcpt 550, Quit 221")]
    [InlineData("postfix-success", "Connect 220, Ehlo 250, Mail 250, Rcpt 250, Data 354, EndOfData 250, Quit 221")]
    [InlineData("postfix-unknown-user", "Connect 220, Ehlo 250, Mail 250, Rcpt 550, Data 554, Quit 221")]
    [InlineData("postfix-relay-denied", "Connect 220, Ehlo 250, Mail 250, Rcpt 554, Quit 221")]
    [InlineData("postfix-bad-helo", "Connect 220, Helo 250, Mail 250, Rcpt 501, Quit 221")]
    [InlineData("postfix-pipelining", "Connect 220, Ehlo 250, Mail 250, Rcpt 250, Rcpt 550, Data 354, EndOfData 250, Quit 221")]
    [InlineData("postfix-pipelining-error",
        "Connect 220, Ehlo 250, Mail 250, Rcpt 250, Data 503, Unknown 500, Unknown 500, Unknown 500, Unknown 500, Quit 221")]
    [InlineData("exchange-online-port25", "Connect 220, Ehlo 250, Mail 250, Rcpt 550, Quit 221")]
    [InlineData("exchange-online-submission",
        "Connect 220, Ehlo 250, Mail 530, StartTls 220, Ehlo 250, Auth 334, AuthResponse 334, AuthResponse 235, Mail 250, Quit 221")]
    [InlineData("gmail", "Connect 220, Ehlo 250, Mail 555, Mail 250, Rcpt 250, Data 354, EndOfData 550, Quit 221")]
    public void EveryReplyIsPairedWithTheCommandThatCausedIt(string name, string pairs)
    {
        var (_, messages) = ConversationFixturePlayer.Play(ConversationFixture.Load(name), ServerChunking.Whole);
        Assert.Equal(pairs, string.Join(", ", ConversationFixturePlayer.Pairs(messages)));
    }

    [Theory]
    [InlineData("exchange2007-ehlo-invalid-domain", SmtpVerb.Ehlo, 501, "5.5.4", "Invalid domain name")]
    [InlineData("exchange2007-mail-invalid-address", SmtpVerb.Mail, 550, "5.1.7", "Invalid address")]
    [InlineData("exchange2007-mail-not-authenticated", SmtpVerb.Mail, 530, "5.7.1", "Client was not authenticated")]
    [InlineData("exchange2007-rcpt-user-unknown", SmtpVerb.Rcpt, 550, "5.1.1", "User unknown")]
    [InlineData("postfix-unknown-user", SmtpVerb.Rcpt, 550, "5.1.1",
        "<x@mail1.fabrikam.test>: Recipient address rejected: User unknown in local recipient table")]
    [InlineData("postfix-relay-denied", SmtpVerb.Rcpt, 554, "5.7.1", "<kate@fabrikam.com>: Relay access denied")]
    [InlineData("postfix-bad-helo", SmtpVerb.Rcpt, 501, "5.5.2", "<bad..name>: Helo command rejected: Invalid name")]
    [InlineData("exchange-online-port25", SmtpVerb.Rcpt, 550, "5.4.1",
        "Recipient address rejected: Access denied. [AM0PR01MB0001.eurprd01.prod.outlook.com]")]
    [InlineData("exchange-online-submission", SmtpVerb.Mail, 530, "5.7.57",
        "Client not authenticated to send mail. [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]")]
    [InlineData("gmail", SmtpVerb.EndOfData, 550, "5.7.26", "a1b2c3d4e5f6g7.123 - gsmtp")]
    public void EachFailureReachesTheAnnotatorAsAFailureWithItsEnhancedCodeAndText(
        string name, SmtpVerb after, int code, string enhanced, string text)
    {
        var (_, messages) = ConversationFixturePlayer.Play(ConversationFixture.Load(name), ServerChunking.Whole);
        var message = Assert.Single(messages.OfType<ReplyAnnotatedEvent>(), m => m.Annotation.Reply.Code == code && m.Annotation.After == after);
        var annotation = message.Annotation;

        Assert.Equal(enhanced, annotation.Reply.Enhanced?.ToString());
        Assert.Equal(text, annotation.Reply.Text.TrimStart());
        Assert.Equal(AssistSeverity.PermanentFailure, message.Severity);
        Assert.Equal(annotation.ToLines(), message.Lines);
    }

    [Fact]
    public void TheSeedWalkthroughTicksTheWholeChecklistAndReadsExchangeCapabilities()
    {
        var (assistant, messages) = ConversationFixturePlayer.Play(ConversationFixture.Load("exchange2007-seed-success"), ServerChunking.ByteByByte);

        // Seven replies, each annotated, and the EHLO capabilities explained one per line.
        Assert.Equal(8, messages.Count);
        Assert.StartsWith("capability: SIZE", Assert.Single(messages.OfType<CapabilitiesEvent>()).Lines[0]);
        Assert.All(assistant.Transaction.Steps, s => Assert.Equal(SmtpStepState.Ok, s.State));
        Assert.Equal(SmtpPhase.Closed, assistant.Conversation.Phase);
        Assert.Equal(
            ["SIZE", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES", "STARTTLS", "X-ANONYMOUSTLS", "AUTH", "X-EXPS", "8BITMIME",
             "BINARYMIME", "CHUNKING", "XEXCH50", "XRDST"],
            assistant.Capabilities?.All.Select(c => c.Keyword));
        Assert.Equal("mail1.fabrikam.com", assistant.Capabilities?.ServerName);
        Assert.Equal(["2.1.0", "2.1.5", "2.6.0", "2.0.0"],
            messages.OfType<ReplyAnnotatedEvent>().Select(m => m.Annotation).Select(a => a.Reply.Enhanced?.ToString()).OfType<string>());
    }

    [Fact]
    public void TheSubmissionFixtureEndsAuthenticatedOverTlsWithTheSecondEhlosCapabilities()
    {
        var (assistant, messages) = ConversationFixturePlayer.Play(ConversationFixture.Load("exchange-online-submission"), ServerChunking.LineByLine);
        var conversation = assistant.Conversation;

        Assert.True(conversation.TlsActive);
        Assert.True(conversation.Authenticated);
        Assert.Equal(["LOGIN", "XOAUTH2"], conversation.Capabilities?.AuthMechanisms);
        Assert.False(conversation.Capabilities?.Has("STARTTLS"));
        var afterStartTls = messages.OfType<ReplyAnnotatedEvent>().Select(m => m.Annotation).Single(a => a.After == SmtpVerb.StartTls);
        Assert.Equal(220, afterStartTls.Reply.Code);
    }

    [Fact]
    public void GmailsMultiLineRefusalIsOneReplyOfFourLines()
    {
        var (_, messages) = ConversationFixturePlayer.Play(ConversationFixture.Load("gmail"), ServerChunking.ByteByByte);
        var refusal = messages.OfType<ReplyAnnotatedEvent>().Select(m => m.Annotation).Single(a => a.After == SmtpVerb.EndOfData).Reply;
        Assert.Equal(4, refusal.Lines.Count);
        Assert.Equal(SmtpReplyFlaws.None, refusal.Flaws);
    }

    [Fact]
    public void InThePipeliningErrorTheMessageLinesSentBehindTheRefusedDataAreAnsweredAsCommands()
    {
        var (assistant, messages) = ConversationFixturePlayer.Play(ConversationFixture.Load("postfix-pipelining-error"), ServerChunking.Whole);
        var answered = messages.OfType<ReplyAnnotatedEvent>().Select(m => m.Annotation).Where(a => a.After == SmtpVerb.Unknown).ToList();
        Assert.Equal(4, answered.Count);
        Assert.Equal(SmtpStepState.Skipped, assistant.Transaction[SmtpStepKind.Message].State);
    }
}
