using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

/// <summary>RFC 3461 §4.1: NOTIFY= is NEVER alone, or a list of SUCCESS, FAILURE and DELAY.</summary>
public sealed class SmtpLinterNotifyTests
{
    private static IReadOnlyList<SmtpLintWarning> Lint(string line) =>
        SmtpLinter.Lint(line, new ConversationDriver().WithRecipient().Conversation);

    [Fact]
    public void NeverCombinedWithSuccessIsWarnedWithAValidFix()
    {
        var warning = Assert.Single(Lint("RCPT TO:<kate@fabrikam.com> NOTIFY=never,success"));

        Assert.Equal(SmtpLintRule.InvalidNotify, warning.Rule);
        Assert.Equal("NOTIFY=never,success is not valid: NEVER must stand alone (RFC 3461 §4.1), it cannot be combined with SUCCESS, FAILURE or DELAY", warning.Problem);
        Assert.Contains("501", warning.LikelyAnswer);
        Assert.Equal("RCPT TO:<kate@fabrikam.com> NOTIFY=SUCCESS, or NOTIFY=NEVER alone for no notification", warning.Fix);
    }

    [Theory]
    [InlineData("NOTIFY=success,sometimes", "\"sometimes\" is no NOTIFY keyword")]
    [InlineData("NOTIFY=success,,failure", "an empty item is no NOTIFY keyword")]
    [InlineData("NOTIFY=", "NOTIFY= has no value")]
    [InlineData("NOTIFY", "NOTIFY= has no value")]
    public void AnUnknownOrMissingKeywordIsWarned(string parameter, string problem)
    {
        var warning = Assert.Single(Lint($"RCPT TO:<kate@fabrikam.com> {parameter}"));

        Assert.Equal(SmtpLintRule.InvalidNotify, warning.Rule);
        Assert.Contains(problem, warning.Problem);
    }

    [Theory]
    [InlineData("NOTIFY=NEVER")]
    [InlineData("NOTIFY=never")]
    [InlineData("NOTIFY=success,failure")]
    [InlineData("NOTIFY=SUCCESS,FAILURE,DELAY")]
    public void AValidNotifyIsNotWarned(string parameter) =>
        Assert.Empty(Lint($"RCPT TO:<kate@fabrikam.com> {parameter}"));

    [Fact]
    public void TheFixKeepsTheOtherParametersAndNeverRepeatsAnInvalidAddress()
    {
        var warning = Lint("RCPT TO:<kate.fabrikam.com> NOTIFY=NEVER,DELAY ORCPT=rfc822;kate@fabrikam.com")
            .Single(w => w.Rule == SmtpLintRule.InvalidNotify);

        Assert.Equal("RCPT TO:<recipient@domain> NOTIFY=DELAY ORCPT=rfc822;kate@fabrikam.com, or NOTIFY=NEVER alone for no notification", warning.Fix);
    }
}
