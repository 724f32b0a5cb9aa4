using TelnetLite.Core.Assist;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>Every code of RFC 5321 §4.2 (with RFC 4954's and RFC 7504's) is explained; any other code by its digits.</summary>
public sealed class ReplyCodeCoverageTests
{
    public static TheoryData<int, AssistSeverity> StandardCodes => new()
    {
        { 211, AssistSeverity.Success }, { 214, AssistSeverity.Success }, { 220, AssistSeverity.Success },
        { 221, AssistSeverity.Success }, { 235, AssistSeverity.Success }, { 250, AssistSeverity.Success },
        { 251, AssistSeverity.Success }, { 252, AssistSeverity.Success },
        { 334, AssistSeverity.Intermediate }, { 354, AssistSeverity.Intermediate },
        { 421, AssistSeverity.TransientFailure }, { 432, AssistSeverity.TransientFailure }, { 450, AssistSeverity.TransientFailure },
        { 451, AssistSeverity.TransientFailure }, { 452, AssistSeverity.TransientFailure }, { 454, AssistSeverity.TransientFailure },
        { 455, AssistSeverity.TransientFailure },
        { 500, AssistSeverity.PermanentFailure }, { 501, AssistSeverity.PermanentFailure }, { 502, AssistSeverity.PermanentFailure },
        { 503, AssistSeverity.PermanentFailure }, { 504, AssistSeverity.PermanentFailure }, { 521, AssistSeverity.PermanentFailure },
        { 530, AssistSeverity.PermanentFailure }, { 534, AssistSeverity.PermanentFailure }, { 535, AssistSeverity.PermanentFailure },
        { 538, AssistSeverity.PermanentFailure }, { 550, AssistSeverity.PermanentFailure }, { 551, AssistSeverity.PermanentFailure },
        { 552, AssistSeverity.PermanentFailure }, { 553, AssistSeverity.PermanentFailure }, { 554, AssistSeverity.PermanentFailure },
        { 555, AssistSeverity.PermanentFailure }, { 556, AssistSeverity.PermanentFailure },
    };

    [Theory]
    [MemberData(nameof(StandardCodes))]
    public void EveryStandardCodeHasAMeaningAndTheRightSeverityWhateverItAnswers(int code, AssistSeverity severity)
    {
        foreach (var after in Enum.GetValues<SmtpVerb>().Select(v => (SmtpVerb?)v).Append(null))
        {
            var annotation = Replies.Annotate($"{code} text", after);

            Assert.Equal(severity, annotation.Severity);
            Assert.False(string.IsNullOrWhiteSpace(annotation.Meaning));
            Assert.DoesNotContain("not a standard reply code", annotation.Meaning);
            if (code >= 400) Assert.NotEmpty(annotation.Causes);
            else Assert.Empty(annotation.Causes);
        }
    }

    [Fact]
    public void TheTableCoversEveryCodeTheReferenceLists()
    {
        int[] reference = [211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 432, 450, 451, 452, 454, 455, 500, 501, 502, 503,
            504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556];

        Assert.Equal(reference.Order(), ReplyCodeCatalog.KnownCodes.Order());
    }

    [Theory]
    [InlineData(299, AssistSeverity.Success, "class 2", "category 9")]
    [InlineData(473, AssistSeverity.TransientFailure, "class 4", "category 7")]
    [InlineData(599, AssistSeverity.PermanentFailure, "class 5", "category 9")]
    [InlineData(325, AssistSeverity.Intermediate, "class 3", "category 2 (connection)")]
    public void AnUnknownCodeIsExplainedByItsClassAndCategory(int code, AssistSeverity severity, string cls, string category)
    {
        var annotation = Replies.Annotate($"{code} Something the server made up", (SmtpVerb?)null);

        Assert.Equal(severity, annotation.Severity);
        Assert.Contains($"code {code} is not a standard reply code", annotation.Meaning);
        Assert.Contains(cls, annotation.Meaning);
        Assert.Contains(category, annotation.Meaning);
    }

    [Fact]
    public void AnUnknownFailureStillGetsACauseAndANextStep()
    {
        var annotation = Replies.Annotate("473 Hmm", (SmtpVerb?)null);

        Assert.NotEmpty(annotation.Causes);
        Assert.Contains("later", annotation.Next);
    }

    [Theory]
    [InlineData(199)]
    [InlineData(650)]
    [InlineData(999)]
    public void ACodeOutsideTheReplyClassesIsAProtocolWarning(int code)
    {
        var annotation = Replies.Annotate($"{code} odd", SmtpVerb.Mail);

        Assert.Equal(AssistSeverity.ProtocolWarning, annotation.Severity);
        Assert.Contains("no reply class", annotation.Meaning);
    }

    [Fact]
    public void AReplyWithoutACodeIsAProtocolWarningThatDoubtsTheService()
    {
        var reply = new SmtpReply(0, null, [new SmtpReplyLine(0, true, "SSH-2.0-OpenSSH_9.6", "SSH-2.0-OpenSSH_9.6")], SmtpReplyFlaws.NoCode);

        var annotation = SmtpAnnotator.Annotate(reply, new SmtpAnnotationContext(null, SmtpVerb.Connect));

        Assert.Equal(AssistSeverity.ProtocolWarning, annotation.Severity);
        Assert.Contains("may not be SMTP", annotation.Causes[0]);
        Assert.StartsWith("???", annotation.ToLines()[0]);
    }

    [Fact]
    public void MixedCodesMakeAProtocolWarningThatSaysWhy()
    {
        var annotation = Replies.Annotate("250-mail1.fabrikam.com\n550 oops", SmtpVerb.Ehlo);

        Assert.Equal(AssistSeverity.ProtocolWarning, annotation.Severity);
        Assert.Contains(annotation.Causes, cause => cause.Contains("different codes"));
    }

    [Fact]
    public void AMissingSeparatorMakesAProtocolWarning()
    {
        var annotation = Replies.Annotate("250OK", SmtpVerb.Noop);

        Assert.Equal(AssistSeverity.ProtocolWarning, annotation.Severity);
        Assert.Contains(annotation.Causes, cause => cause.Contains("space or a hyphen"));
    }

    [Fact]
    public void AMinorFlawKeepsTheSeverityButIsMentioned()
    {
        var line = new SmtpReplyLine(250, true, "2.1.0 Sender OK", "250 2.1.0 Sender OK");
        var reply = new SmtpReply(250, new EnhancedStatusCode(2, 1, 0), [line], SmtpReplyFlaws.BareLineFeed);

        var annotation = SmtpAnnotator.Annotate(reply, new SmtpAnnotationContext(null, SmtpVerb.Mail));

        Assert.Equal(AssistSeverity.Success, annotation.Severity);
        Assert.Contains(annotation.Causes, cause => cause.Contains("bare LF"));
    }

    [Fact]
    public void AnEnhancedCodeWhoseClassContradictsTheReplyCodeIsPointedOut()
    {
        Assert.Contains("contradicts", Replies.Annotate("250 5.1.1 odd", SmtpVerb.Rcpt).Meaning);
    }

    [Fact]
    public void TheAnnotationRemembersTheCommandItAnswers()
    {
        Assert.Equal(SmtpVerb.Rcpt, Replies.Annotate("250 OK", SmtpVerb.Rcpt).After);
        var fromCommand = Replies.Annotate("250 OK", new SmtpAnnotationContext(Replies.Plain(SmtpVerb.Rset, "RSET"), null));
        Assert.Equal(SmtpVerb.Rset, fromCommand.After);
    }
}
