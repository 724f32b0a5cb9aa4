using CsCheck;
using TelnetLite.Core.Commands;

namespace TelnetLite.Core.Tests.Commands;

public sealed class ParsingPropertyTests
{
    private static readonly Gen<string> Word = Gen.OneOf<string>(
        Gen.OneOf(
            "open", "o", "set", "se", "s", "unset", "u", "send", "sen", "help", "?", "save", "st", "q", "c", "d",
            "localecho", "logfile", "logging", "l", "escape", "term", "mode", "smtp", "scrollback", "sc",
            "^]", "^", "CTRL+", "[", "]", ":", "[::1]:", "\"", "on", "off", "auto", "raw", "25", "0", "65536"),
        Gen.String[0, 12],
        Gen.Char.Select(c => c.ToString()));

    private static readonly Gen<string> Line = Gen.OneOf<string>(
        Gen.String,
        Word.Array[1, 5].Select(words => string.Join(" ", words)),
        Gen.OneOf<string>(Word, Gen.String).Array[1, 4].Select(words => string.Concat(words)));

    private readonly CommandInterpreter interpreter = new();

    [Fact]
    public void ParseNeverThrowsAndAlwaysAnswers()
    {
        Line.Sample(line =>
        {
            var request = interpreter.Parse(line);
            Assert.NotNull(request);
            AssertShowable(request);
        }, iter: 20_000);
    }

    [Fact]
    public void ParseOpenTargetNeverThrowsAndGivesAHostOrAMessage()
    {
        Line.Sample(answer =>
        {
            var request = interpreter.ParseOpenTarget(answer);
            Assert.True(request is OpenRequest { Host: not null } or InvalidRequest, request.ToString());
            AssertShowable(request);
        }, iter: 10_000);
    }

    [Fact]
    public void EveryParsedSettingChangeCanBeApplied()
    {
        Line.Sample(line =>
        {
            var change = interpreter.Parse(line) switch
            {
                SetRequest set => set.Change,
                UnsetRequest unset => unset.Change,
                _ => null,
            };
            if (change is not null)
            {
                var confirmation = interpreter.Apply(change, new SessionSettings());
                Assert.False(string.IsNullOrWhiteSpace(confirmation));
            }
        }, iter: 10_000);
    }

    [Fact]
    public void EscapeCharacterParsingNeverThrowsAndAcceptedCharactersReadBackFromTheirName()
    {
        Gen.OneOf<string>(Word, Gen.String[0, 8]).Sample(text =>
        {
            if (EscapeCharacter.TryParse(text, out var character, out var error))
            {
                Assert.True(EscapeCharacter.TryParse(EscapeCharacter.Describe(character), out var again, out _));
                Assert.Equal(character, again);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(error));
            }
        }, iter: 10_000);
    }

    // Messages are printed to the user's terminal: one line, and no control character from the input gets through.
    private static void AssertShowable(CommandRequest request)
    {
        var message = request switch
        {
            InvalidRequest invalid => invalid.Message,
            AmbiguousRequest ambiguous => ambiguous.Message,
            _ => null,
        };
        if (message is not null)
        {
            Assert.NotEmpty(message);
            Assert.DoesNotContain(message, char.IsControl);
        }
    }
}
