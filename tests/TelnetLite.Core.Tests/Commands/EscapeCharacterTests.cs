using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class EscapeCharacterTests
{
    [Theory]
    [InlineData("^]", '\u001d')]
    [InlineData("^X", '\u0018')]
    [InlineData("^x", '\u0018')]
    [InlineData("^A", '\u0001')]
    [InlineData("^[", '\u001b')]
    [InlineData("^\\", '\u001c')]
    [InlineData("^^", '\u001e')]
    [InlineData("^_", '\u001f')]
    [InlineData("^?", '\u007f')]
    [InlineData("CTRL+]", '\u001d')]
    [InlineData("ctrl+]", '\u001d')]
    [InlineData("Ctrl-]", '\u001d')]
    [InlineData("CTRL+x", '\u0018')]
    [InlineData("~", '~')]
    [InlineData("^", '^')]
    [InlineData("]", ']')]
    [InlineData("\u001d", '\u001d')]
    [InlineData("  ^]  ", '\u001d')]
    public void CaretNotationCtrlNamesAndSingleCharactersAreRead(string text, char expected)
    {
        Assert.True(EscapeCharacter.TryParse(text, out var character, out var error));
        Assert.Equal(expected, character);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("", "No escape character given")]
    [InlineData(null, "No escape character given")]
    [InlineData("abc", "Bad escape character 'abc': use ")]
    [InlineData("^1", "Bad escape character '^1': use ")]
    [InlineData("^é", "Bad escape character '^é': use ")]
    [InlineData("CTRL+", "Bad escape character 'CTRL+': use ")]
    [InlineData("CTRL+AB", "Bad escape character 'CTRL+AB': use ")]
    [InlineData("CTRL*]", "Bad escape character 'CTRL*]': use ")]
    [InlineData("^@", "Bad escape character '^@': NUL cannot be typed as an escape; use ")]
    [InlineData("^M", "Bad escape character '^M': TAB, Enter and spaces are needed for typing; use ")]
    [InlineData("^J", "Bad escape character '^J': TAB, Enter and spaces are needed for typing; use ")]
    [InlineData("^I", "Bad escape character '^I': TAB, Enter and spaces are needed for typing; use ")]
    [InlineData("a", "Bad escape character 'a': letters and digits are needed for typing; use ")]
    [InlineData("7", "Bad escape character '7': letters and digits are needed for typing; use ")]
    [InlineData("\u0090", "Bad escape character 'U+0090': C1 control characters cannot be typed; use ")]
    public void AnythingElseIsRefusedWithTheReasonAndTheAcceptedForms(string? text, string start)
    {
        Assert.False(EscapeCharacter.TryParse(text, out _, out var error));
        Assert.StartsWith(start, error);
        Assert.EndsWith("^] (caret notation), CTRL+] or a single character such as ~", error);
    }

    [Fact]
    public void HalfASurrogatePairIsRefused()
    {
        var half = new string('\ud83d', 1);

        Assert.False(EscapeCharacter.TryParse(half, out _, out var error));
        Assert.StartsWith($"Bad escape character '{half}': it is not a single character; use ", error);
    }

    [Theory]
    [InlineData('\u001d', "CTRL+]")]
    [InlineData('\u0001', "CTRL+A")]
    [InlineData('\u0018', "CTRL+X")]
    [InlineData('\u001b', "CTRL+[")]
    [InlineData('\u001f', "CTRL+_")]
    [InlineData('\u007f', "CTRL+?")]
    [InlineData('~', "~")]
    [InlineData('\u0085', "U+0085")]
    [InlineData('\u00a0', "U+00A0")]
    public void EscapeCharactersAreNamedTheWayWindowsTelnetNamesThem(char character, string name)
    {
        Assert.Equal(name, EscapeCharacter.Describe(character));
    }

    [Fact]
    public void EveryAcceptedControlCharacterReadsBackFromItsName()
    {
        for (var c = '\u0001'; c < ' '; c++)
        {
            if (c is '\t' or '\n' or '\v' or '\f' or '\r')
            {
                continue;
            }

            Assert.True(EscapeCharacter.TryParse(EscapeCharacter.Describe(c), out var read, out _), EscapeCharacter.Describe(c));
            Assert.Equal(c, read);
        }
    }

    [Fact]
    public void TheWelcomeLineNamesTheEscapeCharacter()
    {
        Assert.Equal("Escape character is 'CTRL+]'", SettingsDisplay.EscapeLine(SessionSettings.DefaultEscapeCharacter));
    }
}
