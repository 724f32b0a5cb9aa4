using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>The enhanced code's text follows the meaning, kept for common codes, made afresh for odd ones.</summary>
public sealed class EnhancedCodeMeaningTests
{
    [Fact]
    public void TheSameCodeReadsTheSameEveryTime()
    {
        var first = Replies.Annotate("550 5.1.1 User unknown", SmtpVerb.Rcpt).Meaning;
        var second = Replies.Annotate("550 5.1.1 User unknown", SmtpVerb.Rcpt).Meaning;

        Assert.Equal("the server refused the recipient: no such mailbox (5.1.1 bad destination mailbox address)", first);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("550 5.7.606 Access denied, banned sending IP [192.0.2.10]", "(5.7.606 Exchange Online: banned sending IP address)")]
    [InlineData("550 5.12.1 odd subject", "(5.12.1 subject 12 is not defined by RFC 3463)")]
    [InlineData("550 5.1.100 odd detail", "(5.1.100 addressing status, detail 100 not known to TelnetLite)")]
    [InlineData("250 4.1.5 odd class", "(4.1.5 destination address valid); the enhanced code's class 4 contradicts the reply code")]
    [InlineData("450 2.1.5 odd class", "(2.1.5 destination address valid); the enhanced code's class 2 contradicts the reply code")]
    public void CodesOutsideTheCommonRangeAreDescribedToo(string reply, string expected)
    {
        Assert.EndsWith(expected, Replies.Annotate(reply, SmtpVerb.Rcpt).Meaning);
    }

    [Fact]
    public void ASuccessWith200SaysNoMoreThanTheSeverity()
    {
        Assert.Equal("the server accepted the recipient", Replies.Annotate("250 2.0.0 Ok", SmtpVerb.Rcpt).Meaning);
    }
}
