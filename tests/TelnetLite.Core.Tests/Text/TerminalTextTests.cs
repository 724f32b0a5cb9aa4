using CsCheck;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Tests.Text;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("AUTH LOGIN\0PLAIN", "AUTH LOGIN^@PLAIN")]
    [InlineData("evil \u001b]0;PWNED\u0007 title", "evil ^[]0;PWNED^G title")]
    [InlineData("\u001b]52;c;cHduZWQ=\u001b\\", "^[]52;c;cHduZWQ=^[\\")]
    [InlineData("a\rb\nc", "a^Mb^Jc")]
    [InlineData("\u009b2J \u0085", "\\x9B2J \\x85")]
    [InlineData("del\u007f", "del^?")]
    [InlineData("x\u202Egnp.exe", "x\\u202Egnp.exe")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("\u001b[2J", "^[[2J")]
    [InlineData("\u001b[?2004x", "^[[?2004x")]
    public void ControlCharactersInTextFromAServerAreShownVisibly(string text, string shown) =>
        Assert.Equal(shown, TerminalText.Visible(text));

    [Theory]
    [InlineData("\u001b[1mBold\u001b[0m reply", "Bold reply")]
    [InlineData("\u001b[?2004hprompt\u001b[?2004l", "prompt")]
    [InlineData("\u001b[\u001b[0mm", "^[[m")]
    public void ColoursAndBracketedPasteQuotedFromAServerAreLeftOut(string text, string shown) =>
        Assert.Equal(shown, TerminalText.Visible(text));

    [Fact]
    public void ALoneSurrogateIsShownAsItsCodeUnitButAPairPasses()
    {
        var lone = "lone " + '\ud800' + " surrogate \U0001F600";
        Assert.Equal("lone \\uD800 surrogate \U0001F600", TerminalText.Visible(lone));
    }

    [Fact]
    public void SafeTextIsReturnedAsTheSameInstance()
    {
        var text = "250 2.1.0 Sender OK \u2014 caf\u00e9 \U0001F600";
        Assert.Same(text, TerminalText.Visible(text));
    }

    [Fact]
    public void MakingTextVisibleTwiceChangesNothingMoreAndLeavesNoControlCharacter()
    {
        Gen.String[Gen.Char, 0, 40].Sample(text =>
        {
            var once = TerminalText.Visible(text);
            Assert.Equal(once, TerminalText.Visible(once));
            Assert.DoesNotContain(once, c => char.IsControl(c) && c != '\t');
        }, iter: 3000);
    }
}
