using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>RFC 3463's subjects and details, the registry's later codes and the vendors' own, in the annotation.</summary>
public sealed class EnhancedStatusCatalogTests
{
    [Theory]
    [InlineData("5.1.1", "bad destination mailbox address")]
    [InlineData("5.1.7", "bad sender's mailbox address syntax")]
    [InlineData("5.1.10", "recipient address has null MX")]
    [InlineData("5.2.2", "mailbox full")]
    [InlineData("5.3.4", "message too big for system")]
    [InlineData("4.4.5", "mail system congestion")]
    [InlineData("5.5.4", "invalid command arguments")]
    [InlineData("5.5.6", "authentication exchange line is too long")]
    [InlineData("5.6.7", "non-ASCII addresses not permitted")]
    [InlineData("5.7.1", "delivery not authorized, message refused")]
    [InlineData("5.7.8", "authentication credentials invalid")]
    [InlineData("5.7.20", "no passing DKIM signature found")]
    [InlineData("5.7.21", "no acceptable DKIM signature found")]
    [InlineData("5.7.22", "no valid author-matched DKIM signature found")]
    [InlineData("5.7.23", "SPF validation failed")]
    [InlineData("5.7.24", "SPF validation error")]
    [InlineData("4.7.25", "reverse DNS validation failed")]
    [InlineData("5.7.26", "multiple authentication checks failed")]
    [InlineData("5.7.57", "Exchange Online: client not authenticated to send mail")]
    [InlineData("5.4.1", "Exchange Online: the recipient does not exist")]
    [InlineData("5.7.620", "Exchange Online: banned sending IP address")]
    [InlineData("2.1.5", "destination address valid")]
    [InlineData("2.6.0", "message accepted")]
    [InlineData("2.7.0", "authentication succeeded")]
    public void EachEnhancedCodeIsDescribed(string code, string expected)
    {
        Assert.True(EnhancedStatusCode.TryParse(code, out var parsed));

        Assert.Contains(expected, EnhancedStatusCatalog.Describe(parsed));
    }

    [Theory]
    [InlineData("5.1.99", "addressing status, detail 99 not known to TelnetLite")]
    [InlineData("4.7.99", "security or policy status, detail 99 not known to TelnetLite")]
    [InlineData("5.9.1", "subject 9 is not defined by RFC 3463")]
    public void AnUnknownDetailIsStillExplainedBySubject(string code, string expected)
    {
        Assert.True(EnhancedStatusCode.TryParse(code, out var parsed));

        Assert.Equal(expected, EnhancedStatusCatalog.Describe(parsed));
    }

    [Fact]
    public void EveryRfc3463DetailIsKnown()
    {
        int[] detailsPerSubject = [0, 8, 4, 5, 7, 5, 5, 7];
        for (var subject = 1; subject < detailsPerSubject.Length; subject++)
        {
            for (var detail = 0; detail <= detailsPerSubject[subject]; detail++)
                Assert.True(EnhancedStatusCatalog.IsKnown(subject, detail), $"x.{subject}.{detail}");
        }
    }

    [Fact]
    public void TheEnhancedCodesMeaningFollowsTheCodesMeaning()
    {
        var annotation = Replies.Annotate("550 5.7.23 SPF validation failed", SmtpVerb.EndOfData);

        Assert.EndsWith("(5.7.23 SPF validation failed)", annotation.Meaning);
        Assert.Contains("not listed in the sender domain's SPF record", annotation.Causes[0]);
    }

    [Fact]
    public void AnEnhancedCodeAloneGivesTheCauseWhenTheWordingSaysNothing()
    {
        var annotation = Replies.Annotate("552 5.2.2 Sorry", SmtpVerb.Rcpt);

        Assert.Equal("the recipient's mailbox is over its quota", annotation.Causes[0]);
    }
}
