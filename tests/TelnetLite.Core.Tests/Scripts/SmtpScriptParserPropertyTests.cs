using CsCheck;
using TelnetLite.Core.Scripts;

namespace TelnetLite.Core.Tests.Scripts;

public sealed class SmtpScriptParserPropertyTests
{
    private static readonly Gen<string> ScriptLikeText =
        Gen.OneOf(
                Gen.String,
                Gen.OneOf<string>("!expect ", "!open ", "!set logfile ", "!sleep ", "!", "!!", "#", "##", "/", "(", "[", "x", "2", "5xx",
                    "\n", "\r\n", "\r", " ", "\t", "65536", "-1", "1e9", "NaN", "∞", "\0", "/(?<", "\\", "EHLO contoso.com"))
            .Array[0, 40]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void ParsingNeverThrowsAndEveryErrorPointsAtARealLine()
    {
        ScriptLikeText.Sample(text =>
        {
            var script = SmtpScriptParser.Parse(text);
            var lines = text.Split('\n').Length;
            Assert.All(script.Errors, e => Assert.InRange(e.LineNumber, 1, lines));
            Assert.All(script.Steps, s => Assert.InRange(s.LineNumber, 1, lines));
        });
    }

    [Fact]
    public void ParsingInTwoPiecesGivesTheSameStepsAndErrorsAsParsingWhole()
    {
        Gen.Select(ScriptLikeText, Gen.Int[0, 1000]).Sample((text, cut) =>
        {
            var split = Math.Min(cut, text.Length);
            var parser = new SmtpScriptParser();
            parser.Append(text.AsSpan(0, split));
            parser.Append(text.AsSpan(split));
            var pieces = parser.Complete();
            var whole = SmtpScriptParser.Parse(text);

            Assert.Equal(whole.Errors, pieces.Errors);
            Assert.Equal(whole.Steps.Count, pieces.Steps.Count);
            Assert.Equal(whole.Steps.Select(s => (s.LineNumber, s.GetType())), pieces.Steps.Select(s => (s.LineNumber, s.GetType())));
        });
    }

    [Fact]
    public void ExpectationParsingNeverThrowsAndAParsedOneAlwaysAnswers()
    {
        Gen.Select(ScriptLikeText, Gen.Int[-1000, 1000]).Sample((text, code) =>
        {
            if (Expectation.TryParse(text, out var expectation, out var error))
            {
                Assert.Null(error);
                _ = expectation!.Matches(code, text);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(error));
            }
        });
    }
}
