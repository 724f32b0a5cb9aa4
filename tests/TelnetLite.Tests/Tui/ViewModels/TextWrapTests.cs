using TelnetLite.Tui.ViewModels;

namespace TelnetLite.Tests.Tui.ViewModels;

public sealed class TextWrapTests
{
    [Fact]
    public void LongTextBreaksAtSpacesWithAHangingIndent()
    {
        var lines = TextWrap.Wrap("cause: the recipient does not exist in the organisation", 24, "  ").ToList();

        Assert.Equal(["cause: the recipient", "  does not exist in the", "  organisation"], lines);
    }

    [Fact]
    public void AWordLongerThanTheWidthIsCutRatherThanLost()
    {
        var lines = TextWrap.Wrap("abcdefghij", 4).ToList();

        Assert.Equal(["abcd", "efgh", "ij"], lines);
    }

    [Fact]
    public void NoWrappedLineIsWiderThanAskedWhateverTheText()
    {
        var text = "250-mail1.fabrikam.com Hello [192.0.2.1] SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES";
        for (var width = 1; width < 40; width++)
        {
            Assert.All(TextWrap.Wrap(text, width, "   "), l => Assert.True(l.Length <= width));
        }
    }
}
