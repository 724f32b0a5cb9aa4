using TelnetLite.Core.Scripts;

namespace TelnetLite.Core.Tests.Scripts;

public sealed class ExpectationTests
{
    private static Expectation Parse(string text)
    {
        Assert.True(Expectation.TryParse(text, out var expectation, out var error), error);
        return expectation!;
    }

    [Theory]
    [InlineData("250", 250, true)]
    [InlineData("250", 251, false)]
    [InlineData("2xx", 250, true)]
    [InlineData("2xx", 221, true)]
    [InlineData("2XX", 354, false)]
    [InlineData("25x", 252, true)]
    [InlineData("25x", 221, false)]
    [InlineData("5xx", 550, true)]
    [InlineData("5xx", 99, false)]
    [InlineData("5xx", 5000, false)]
    public void ACodeOrCodePatternMatchesTheReplyCode(string text, int code, bool matches)
    {
        Assert.Equal(matches, Parse(text).Matches(code, "irrelevant"));
    }

    [Fact]
    public void TheKindFollowsTheForm()
    {
        Assert.Equal(ExpectationKind.Code, Parse("250").Kind);
        Assert.Equal(ExpectationKind.CodePattern, Parse("2xx").Kind);
        Assert.Equal(ExpectationKind.Pattern, Parse("/OK/").Kind);
    }

    [Fact]
    public void ARegexIsSearchedForInTheReplyTextWhateverTheCode()
    {
        var queued = Parse(@"/^250 2\.6\.0 <[^>]+> Queued mail for delivery$/");

        Assert.True(queued.Matches(250, "250 2.6.0 <1b4e28ba-2fa1-11d2-883f-0016d3cca427@mail1.fabrikam.com> Queued mail for delivery"));
        Assert.False(queued.Matches(250, "250 2.1.0 Sender OK"));
    }

    [Fact]
    public void ARegexWithTheIFlagIgnoresCaseAndWithoutItDoesNot()
    {
        Assert.True(Parse("/sender ok/i").Matches(250, "250 2.1.0 Sender OK"));
        Assert.False(Parse("/sender ok/").Matches(250, "250 2.1.0 Sender OK"));
    }

    [Fact]
    public void ARegexSeesEveryLineOfAMultiLineReply()
    {
        Assert.True(Parse("/STARTTLS/").Matches(250, "250-mail1.fabrikam.com Hello [127.0.0.1]\n250-STARTTLS\n250 CHUNKING"));
    }

    [Fact]
    public void ARegexThatRunsTooLongCountsAsNotMatching()
    {
        var catastrophic = Parse("/^(a+)+$/");

        Assert.False(catastrophic.Matches(250, new string('a', 40) + "!"));
    }

    [Fact]
    public void TheTextIsKeptAsWritten()
    {
        Assert.Equal("/Queued/i", Parse("  /Queued/i ").ToString());
    }
}
