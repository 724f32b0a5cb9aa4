using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>
/// The conversation reads every accepted EHLO reply; the annotator reuses that reading only when it was made from the
/// very reply it explains, so the explanation is the same whichever capabilities the context carries.
/// </summary>
public sealed class EhloCapabilitiesReuseTests
{
    private const string PostfixEhlo =
        "250-mail1.fabrikam.test\n250-PIPELINING\n250-SIZE 10240000\n250-STARTTLS\n250-AUTH=LOGIN\n250-AUTH PLAIN login\n250 CHUNKING";

    [Theory]
    [InlineData(25)]
    [InlineData(587)]
    public void TheCapabilitiesReadFromTheReplyGiveTheSameExplanationAsNone(int port)
    {
        var reply = Replies.Parse(PostfixEhlo);
        var withOwn = SmtpAnnotator.Annotate(reply, new SmtpAnnotationContext(null, SmtpVerb.Ehlo, SmtpCapabilities.FromEhloReply(reply), port, SenderDomain: "contoso.com"));
        var withNone = SmtpAnnotator.Annotate(reply, new SmtpAnnotationContext(null, SmtpVerb.Ehlo, null, port, SenderDomain: "contoso.com"));

        Assert.Equal(withNone.ToLines(), withOwn.ToLines());
        Assert.Contains("listed its capabilities: PIPELINING, SIZE 9.8 MiB, STARTTLS, AUTH LOGIN PLAIN, CHUNKING", withOwn.Meaning);
    }

    [Fact]
    public void CapabilitiesFromAnotherEhloReplyDoNotReplaceTheReplysOwnKeywords()
    {
        var reply = Replies.Parse(PostfixEhlo);
        var other = Replies.Capabilities("DSN", "8BITMIME");

        var annotation = SmtpAnnotator.Annotate(reply, new SmtpAnnotationContext(null, SmtpVerb.Ehlo, other, 587));

        Assert.Contains("PIPELINING, SIZE 9.8 MiB, STARTTLS, AUTH LOGIN PLAIN, CHUNKING", annotation.Meaning);
        Assert.DoesNotContain("DSN", annotation.Meaning);
        Assert.StartsWith("AUTH LOGIN", annotation.Next);
    }

    [Fact]
    public void CapabilitiesDescribeOnlyTheReplyTheyWereReadFrom()
    {
        var reply = Replies.Parse("250-mail1.fabrikam.test Hello\n250-  \n250- PIPELINING \n250 SIZE 100");

        Assert.True(EhloReplyMatch.Describes(SmtpCapabilities.FromEhloReply(reply), reply));
        foreach (var different in new[]
        {
            "250-mail2.fabrikam.test Hello\n250-PIPELINING\n250 SIZE 100",
            "250-mail1.fabrikam.test Hello\n250-PIPELINING\n250 SIZE 200",
            "250-mail1.fabrikam.test Hello\n250 PIPELINING",
            "250-mail1.fabrikam.test Hello\n250-PIPELINING\n250-SIZE 100\n250 DSN",
            "250-mail1.fabrikam.test Hello\n250-SIZE 100\n250 PIPELINING",
            "250-mail1.fabrikam.test Hello\n250-pipelining\n250 SIZE 100",
        })
        {
            Assert.False(EhloReplyMatch.Describes(SmtpCapabilities.FromEhloReply(Replies.Parse(different)), reply), different);
        }
    }

    [Fact]
    public void AKeywordRepeatedIsSummarisedOnce()
    {
        var annotation = Replies.Annotate("250-mail1.fabrikam.com\n250-SIZE 0\n250-size 1024\n250-AUTH LOGIN\n250-auth=PLAIN LOGIN\n250 X-Custom", SmtpVerb.Ehlo);

        Assert.EndsWith("listed its capabilities: SIZE, AUTH LOGIN PLAIN, X-CUSTOM", annotation.Meaning);
    }
}
