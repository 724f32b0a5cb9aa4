using CsCheck;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Tests.Text;

public sealed class OutgoingLineSanitizerTests
{
    [Fact]
    public void ALineWithoutControlsIsSentAsTyped()
    {
        var result = OutgoingLineSanitizer.Sanitize("MAIL FROM:<admin@example.test>\tSIZE=100");
        Assert.Equal("MAIL FROM:<admin@example.test>\tSIZE=100", result.Text);
        Assert.False(result.Changed);
        Assert.Equal(0, result.RemovedCount);
        Assert.Empty(result.RemovedNames);
        Assert.Null(result.Describe());
    }

    [Fact]
    public void ABackspaceErasesTheCharacterBeforeIt()
    {
        var result = OutgoingLineSanitizer.Sanitize("EHLO contoso.cox\bm");
        Assert.Equal("EHLO contoso.com", result.Text);
        Assert.True(result.Changed);
        Assert.Equal(2, result.RemovedCount);
        Assert.Equal(["^H"], result.RemovedNames);
        Assert.Equal("applied 1 backspace", result.Describe());
    }

    [Fact]
    public void DelErasesLikeBackspace()
    {
        var result = OutgoingLineSanitizer.Sanitize("HELP\u007f\u007fLO contoso.com");
        Assert.Equal("HELO contoso.com", result.Text);
        Assert.Equal(["^?"], result.RemovedNames);
        Assert.Equal("applied 2 backspaces", result.Describe());
    }

    [Fact]
    public void ABackspaceWithNothingBeforeItIsDroppedAndSaidSo()
    {
        var result = OutgoingLineSanitizer.Sanitize("\bNOOP");
        Assert.Equal("NOOP", result.Text);
        Assert.Equal("dropped 1 backspace with nothing before it to erase", result.Describe());
    }

    [Fact]
    public void ABackspaceErasesAWholeSurrogatePair() =>
        Assert.Equal("Subject: ok", OutgoingLineSanitizer.Sanitize("Subject: ok\U0001F600\b").Text);

    [Fact]
    public void AnArrowKeyEscapeSequenceIsRemovedWhole()
    {
        var result = OutgoingLineSanitizer.Sanitize("HELO\u001b[A x");
        Assert.Equal("HELO x", result.Text);
        Assert.Equal(3, result.RemovedCount);
        Assert.Equal(["^[[A"], result.RemovedNames);
        Assert.Equal("removed an escape sequence (^[[A)", result.Describe());
    }

    [Theory]
    [InlineData("RCPT\u001b[1;5C TO:<a@b>", "RCPT TO:<a@b>", "^[[1;5C")]
    [InlineData("RCPT\u001bOB TO:<a@b>", "RCPT TO:<a@b>", "^[OB")]
    [InlineData("RCPT\u001b[ q TO:<a@b>", "RCPT TO:<a@b>", "^[[ q")]
    [InlineData("RCPT\u001bb TO:<a@b>", "RCPT TO:<a@b>", "^[b")]
    [InlineData("RCPT TO:<a@b>\u001b", "RCPT TO:<a@b>", "^[")]
    [InlineData("RCPT TO:<a@b>\u001b[12", "RCPT TO:<a@b>", "^[[12")]
    public void EachKindOfEscapeSequenceIsRemovedWhole(string line, string sent, string sequence)
    {
        var result = OutgoingLineSanitizer.Sanitize(line);
        Assert.Equal(sent, result.Text);
        Assert.Equal([sequence], result.EscapeSequences);
    }

    [Fact]
    public void AnEscapeBeforeAControlIsRemovedAloneAndTheControlStillActs()
    {
        var result = OutgoingLineSanitizer.Sanitize("QUITX\u001b\b");
        Assert.Equal("QUIT", result.Text);
        Assert.Equal("applied 1 backspace; removed an escape sequence (^[)", result.Describe());
    }

    [Fact]
    public void EverythingDoneIsDescribedInOneNote()
    {
        var result = OutgoingLineSanitizer.Sanitize("RCPT\u001b[A\u001b[A TO:<a@b>x\b\a");
        Assert.Equal("RCPT TO:<a@b>", result.Text);
        Assert.Equal(["^[[A", "^H", "^G"], result.RemovedNames);
        Assert.Equal("applied 1 backspace; removed 2 escape sequences (^[[A); removed 1 control character (^G)", result.Describe());
    }

    [Theory]
    [InlineData("DATA\r\nMAIL FROM:<x@y>", "DATAMAIL FROM:<x@y>", "^M, ^J")]
    [InlineData("\0\0NOOP", "NOOP", "^@")]
    [InlineData("\u001fNOOP\u0001", "NOOP", "^_, ^A")]
    public void EveryOtherC0ControlButTabIsRemovedCrAndLfIncluded(string line, string sent, string names)
    {
        var result = OutgoingLineSanitizer.Sanitize(line);
        Assert.Equal(sent, result.Text);
        Assert.Equal(names, string.Join(", ", result.RemovedNames));
        Assert.Equal($"removed {line.Length - sent.Length} control characters ({names})", result.Describe());
    }

    [Fact]
    public void ASingleRemovalIsDescribedInTheSingular() =>
        Assert.Equal("removed 1 control character (^G)", OutgoingLineSanitizer.Sanitize("QUIT\a").Describe());

    [Fact]
    public void TextOutsideAsciiIsKept() =>
        Assert.Equal("Subject: caf\u00e9 \u20ac \U0001F600", OutgoingLineSanitizer.Sanitize("Subject: caf\u00e9 \u20ac \U0001F600").Text);

    [Fact]
    public void TheResultHoldsNoControlAndIsStableAndTheCountsAddUp()
    {
        Gen.String[Gen.Char[(char)0, (char)0x90], 0, 40].Sample(line =>
        {
            var result = OutgoingLineSanitizer.Sanitize(line);
            Assert.DoesNotContain(result.Text, c => (c < ' ' && c != '\t') || c == '\u007f');
            Assert.Equal(line.Length - result.Text.Length, result.RemovedCount);
            Assert.Equal(result.Changed, result.Describe() is not null);
            Assert.Equal(result.Text, OutgoingLineSanitizer.Sanitize(result.Text).Text);
        });
    }

    [Fact]
    public void WithoutErasesOrEscapesOnlyTheControlsGo()
    {
        Gen.String[Gen.Char[(char)0, (char)0x90], 0, 40].Where(s => !s.Any(c => c is '\b' or '\u007f' or '\u001b')).Sample(line =>
        {
            var result = OutgoingLineSanitizer.Sanitize(line);
            Assert.Equal(string.Concat(line.Where(c => c >= ' ' || c == '\t')), result.Text);
            Assert.Equal(line.Length - result.Text.Length, result.ControlsRemoved);
        });
    }
}
