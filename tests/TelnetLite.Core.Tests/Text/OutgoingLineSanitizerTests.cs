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
    public void TypedBackspacesNeverReachTheServer()
    {
        var result = OutgoingLineSanitizer.Sanitize("HELP\b\bLO");
        Assert.Equal("HELPLO", result.Text);
        Assert.True(result.Changed);
        Assert.Equal(2, result.RemovedCount);
        Assert.Equal(["^H"], result.RemovedNames);
        Assert.Equal("removed 2 control characters (^H)", result.Describe());
    }

    [Fact]
    public void ASingleRemovalIsDescribedInTheSingular() =>
        Assert.Equal("removed 1 control character (^G)", OutgoingLineSanitizer.Sanitize("QUIT\a").Describe());

    [Fact]
    public void ArrowKeyEscapeSequencesLoseTheirEscape()
    {
        var result = OutgoingLineSanitizer.Sanitize("RCPT\u001b[A TO:<a@b>\u007f");
        Assert.Equal("RCPT[A TO:<a@b>", result.Text);
        Assert.Equal(["^[", "^?"], result.RemovedNames);
        Assert.Equal("removed 2 control characters (^[, ^?)", result.Describe());
    }

    [Theory]
    [InlineData("DATA\r\nMAIL FROM:<x@y>", "DATAMAIL FROM:<x@y>", "^M, ^J")]
    [InlineData("\0NOOP", "NOOP", "^@")]
    [InlineData("\u001fNOOP\u0001", "NOOP", "^_, ^A")]
    public void EveryC0ControlButTabIsRemovedCrAndLfIncluded(string line, string sent, string names)
    {
        var result = OutgoingLineSanitizer.Sanitize(line);
        Assert.Equal(sent, result.Text);
        Assert.Equal(names, string.Join(", ", result.RemovedNames));
    }

    [Fact]
    public void TextOutsideAsciiIsKept() =>
        Assert.Equal("Subject: caf\u00e9 \u20ac \U0001F600", OutgoingLineSanitizer.Sanitize("Subject: caf\u00e9 \u20ac \U0001F600").Text);

    [Fact]
    public void TheResultHoldsNoControlAndIsTheLineLessWhatWasCounted()
    {
        Gen.String[Gen.Char[(char)0, (char)0x90], 0, 40].Sample(line =>
        {
            var result = OutgoingLineSanitizer.Sanitize(line);
            Assert.DoesNotContain(result.Text, c => (c < ' ' && c != '\t') || c == '\u007f');
            Assert.Equal(line.Length - result.Text.Length, result.RemovedCount);
            Assert.Equal(string.Concat(line.Where(c => (c >= ' ' || c == '\t') && c != '\u007f')), result.Text);
            Assert.Equal(result.Text, OutgoingLineSanitizer.Sanitize(result.Text).Text);
        });
    }
}
