using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>A greeting names the server only when its first word is a host name, and a huge greeting is said to be so.</summary>
public sealed class GreetingReaderTests
{
    [Fact]
    public void ATenThousandLineGreetingIsCalledTooLongAndItsFirstWordIsNotTakenForAName()
    {
        var lines = Enumerable.Range(1, 10_000).Select(i => $"220-greeting {i}").Append("220 done");

        var annotation = Replies.Annotate(string.Join('\n', lines), SmtpVerb.Connect);

        Assert.DoesNotContain("of greeting", annotation.Meaning);
        Assert.Contains("the greeting is 10001 lines long", annotation.Meaning);
    }

    [Fact]
    public void AMultiLineGreetingWithABannerFirstNamesTheServerFromItsLastLine()
    {
        var annotation = Replies.Annotate("220-Welcome! No spam please.\n220 mail1.fabrikam.test ESMTP Postfix", SmtpVerb.Connect);

        Assert.StartsWith("the server greets you: the SMTP service of mail1.fabrikam.test is ready", annotation.Meaning);
        Assert.DoesNotContain("lines long", annotation.Meaning);
    }

    [Theory]
    [InlineData("220 ESMTP ready", "the server greets you: the SMTP service is ready and speaks ESMTP")]
    [InlineData("220 localhost ESMTP", "the server greets you: the SMTP service of localhost is ready")]
    [InlineData("220 [192.0.2.10] ESMTP", "the server greets you: the SMTP service of [192.0.2.10] is ready")]
    public void OnlyAHostNameOrAnAddressIsCalledTheServersName(string greeting, string expected)
    {
        Assert.StartsWith(expected, Replies.Annotate(greeting, SmtpVerb.Connect).Meaning);
    }
}
