using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>
/// Conversations captured from Postfix 3.7.11 and aiosmtpd 1.4.3, replayed into the assistant with the real
/// knowledge whole, line by line and byte by byte: each reply gets the concept a mail administrator reads in it.
/// </summary>
public sealed class CapturedConversationTests
{
    public static TheoryData<string, string> Captured => new()
    {
        { "postfix37-captured-refusals", "ehlo-accepted, sequence-need-mail, sequence-need-rcpt, sender-accepted, relay-denied, unqualified-address, recipient-unknown, recipient-accepted, recipient-accepted, recipient-accepted, too-many-recipients, quit" },
        { "postfix37-captured-commands", "sequence-need-hello, helo-accepted, helo-invalid, ehlo-accepted, message-too-big, parameter-unknown, starttls-502, auth-unavailable, command-unknown, quit" },
        { "postfix37-captured-lenient", "ehlo-accepted, sender-accepted, reset, noop, arguments-not-allowed, vrfy-cannot, etrn-459, sender-accepted, sequence-nested-mail, domain-unknown, sequence-need-rcpt, quit" },
        { "postfix37-captured-bdat", "ehlo-accepted, sender-accepted, recipient-accepted, chunk-accepted, bdat-data-mixed, quit" },
        { "aiosmtpd143-captured-tls-required", "tls-required, ehlo-accepted, tls-required, tls-required, arguments-not-allowed, noop, quit" },
    };

    [Theory]
    [MemberData(nameof(Captured))]
    public void EachCapturedReplyGetsItsConceptWholeLineByLineAndByteByByte(string name, string concepts)
    {
        var fixture = ConversationFixture.Load(name);
        foreach (var chunking in (ServerChunking[])[ServerChunking.Whole, ServerChunking.LineByLine, ServerChunking.ByteByByte])
        {
            var (_, messages) = ConversationFixturePlayer.Play(fixture, chunking, SmtpAnnotator.Annotate);
            var annotations = messages.OfType<ReplyAnnotatedEvent>().Select(m => m.Annotation).Where(a => a.After != SmtpVerb.Connect).ToList();
            Assert.Equal(concepts, string.Join(", ", annotations.Select(a => a.Concept)));
        }
    }

    [Fact]
    public void TheSenderPostfixAcceptedWithoutAtIsSaidToBounce()
    {
        var (_, messages) = ConversationFixturePlayer.Play(ConversationFixture.Load("postfix37-captured-lenient"), ServerChunking.ByteByByte, SmtpAnnotator.Annotate);
        var accepted = messages.OfType<ReplyAnnotatedEvent>().Select(m => m.Annotation).First(a => a.After == SmtpVerb.Mail);

        Assert.Contains("\"chris.contoso.com\" has no @", accepted.Meaning);
    }
}
