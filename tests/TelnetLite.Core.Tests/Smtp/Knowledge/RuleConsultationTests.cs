using CsCheck;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>
/// The annotator consults a pre-filtered index of rules and finds all wording in one pass; these tests hold it to the
/// plain reading of the rule book: every rule for the code, in order, each matched on its own.
/// </summary>
public sealed class RuleConsultationTests
{
    private static readonly IReadOnlyList<ReplyRule> AllRules =
        [.. VendorReplyRules.All, .. SeedReplyRules.All, .. EnhancedCodeRules.All, .. CommandReplyRules.All, .. CodeReplyRules.All];

    private static readonly SmtpVerb?[] EveryCommand = [null, .. Enum.GetValues<SmtpVerb>().Select(verb => (SmtpVerb?)verb)];

    [Fact]
    public void TheIndexedRulesSayWhatEveryRuleReadInOrderWouldSay()
    {
        var mismatches = new List<string>();
        var checkedCount = 0;
        foreach (var reply in RepliesForEveryRule())
        {
            foreach (var verb in EveryCommand)
            {
                var context = new SmtpAnnotationContext(null, verb, Replies.Capabilities("STARTTLS", "DSN"), 25, SenderDomain: "contoso.com");
                var expected = ReadEveryRuleInOrder(new ReplyFacts(reply, context));
                var actual = SmtpAnnotator.ConsultRules(new ReplyFacts(reply, context));
                checkedCount++;
                if (expected.Meaning != actual.Meaning || expected.Next != actual.Next || !SameCauses(expected.Causes, actual.Causes))
                    mismatches.Add($"{reply.Lines[0].Raw} after {verb}: expected ({expected.Meaning} | {expected.Next}), got ({actual.Meaning} | {actual.Next})");
            }
        }
        Assert.True(checkedCount > 50_000, $"only {checkedCount} cases");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void EveryWordingIsFoundWhereverItStandsAndInAnyCase()
    {
        var fragments = AllRules.SelectMany(rule => rule.TextAny).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var casing = Gen.OneOf<Func<string, string>>(f => f, f => f.ToUpperInvariant(), f => f.ToLowerInvariant());
        var piece = Gen.Frequency(
            (2, (IGen<string>)Gen.Select(Gen.OneOf(fragments), casing, (fragment, change) => change(fragment))),
            (1, Gen.Select(Gen.OneOf(fragments), Gen.Int[0, 50], (fragment, cut) => fragment[..Math.Min(cut, fragment.Length)])),
            (1, Gen.String[Gen.Char["abcxyz <>@:.-=ſKİ\u00e9 "], 0, 12]));
        piece.Array[0, 5].Select(string.Concat).Sample(text =>
        {
            var found = RuleBook.Fragments.FindAll(text);
            foreach (var fragment in fragments)
            {
                var expected = text.Contains(fragment, StringComparison.OrdinalIgnoreCase);
                Assert.True(expected == FragmentTable.HoldsAny(found, [RuleBook.Fragments.IdOf(fragment)]), $"\"{fragment}\" in \"{text}\"");
            }
        }, iter: 2000);
    }

    [Fact]
    public void WordingSpreadOverTheLinesOfAReplyIsFound()
    {
        var annotation = Replies.Annotate("554-5.7.1 <kate@fabrikam.com>:\n554 5.7.1 Relay access denied", SmtpVerb.Rcpt);

        Assert.StartsWith("relaying denied", annotation.Meaning);
    }

    [Theory]
    [InlineData("554 5.7.1 <kate@fabrikam.com>: Relay acceſs denied")]
    [InlineData("554 5.7.1 <kate@fabrikam.com>: Relay access deniеd")]
    public void ALookAlikeLetterIsNotTheWordingItResembles(string reply)
    {
        // OrdinalIgnoreCase folds ASCII only: a long s or a Cyrillic e is another character.
        var annotation = Replies.Annotate(reply, SmtpVerb.Rcpt);

        Assert.Equal("the server refused the recipient (5.7.1 delivery not authorized, message refused)", annotation.Meaning);
    }

    /// <summary>The rule book read the plain way: every rule for the code, in order, each matched on its own.</summary>
    private static (string? Meaning, IReadOnlyList<string>? Causes, string? Next) ReadEveryRuleInOrder(ReplyFacts facts)
    {
        string? meaning = null;
        IReadOnlyList<string>? causes = null;
        string? next = null;
        foreach (var rule in RuleBook.For(facts.Code))
        {
            if (!rule.AppliesAfter(facts.RuleVerb) || !rule.MatchesIgnoringCommand(facts)) continue;
            meaning ??= rule.MeaningFor(facts);
            if (causes is null && rule.Causes.Count > 0) causes = rule.Causes;
            next ??= rule.NextFor(facts);
            if (meaning is not null && causes is not null && next is not null) break;
        }
        return (meaning, facts.Code / 100 is 4 or 5 ? causes : null, next);
    }

    private static bool SameCauses(IReadOnlyList<string>? expected, IReadOnlyList<string>? actual) =>
        expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);

    /// <summary>For every rule, replies that meet it: its codes, its enhanced code in each class, each wording in three casings.</summary>
    private static IEnumerable<SmtpReply> RepliesForEveryRule()
    {
        var known = ReplyCodeCatalog.KnownCodes.ToArray();
        foreach (var rule in AllRules)
        {
            var codes = rule.Codes.Count > 0
                ? rule.Codes.ToArray()
                : known.Where(code => rule.Classes.Count == 0 || rule.Classes.Contains(code / 100)).Take(5).Append(299).Append(459).Append(599).ToArray();
            string?[] enhanced = rule.Enhanced is { } pattern
                ? ["2" + pattern[1..], "4" + pattern[1..], "5" + pattern[1..]]
                : [null, "5.0.0"];
            string[] texts = rule.TextAny.Count > 0
                ? [.. rule.TextAny.SelectMany(f => new[] { f, $"<kate@fabrikam.com>: {f.ToUpperInvariant()} here", $"x{f.ToLowerInvariant()}y" })]
                : ["Some text"];
            foreach (var code in codes)
            {
                foreach (var enhancedCode in enhanced)
                {
                    foreach (var text in texts)
                        yield return Replies.Parse($"{code} {(enhancedCode is null ? "" : enhancedCode + " ")}{text}");
                }
            }
        }
    }
}
