using CsCheck;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>
/// The annotator consults a pre-filtered index of rows and finds all wording in one pass; these tests hold it to the
/// plain reading of the table: every row for the code, highest priority first, each matched on its own.
/// </summary>
public sealed class RuleConsultationTests
{
    private static readonly KnowledgeBase Table = KnowledgeBase.Current;

    private static readonly SmtpVerb?[] EveryCommand = [null, .. Enum.GetValues<SmtpVerb>().Select(verb => (SmtpVerb?)verb)];

    [Fact]
    public void TheIndexedRowsSayWhatEveryRowReadInOrderWouldSay()
    {
        var mismatches = new List<string>();
        var checkedCount = 0;
        foreach (var reply in RepliesForEveryRow())
        {
            foreach (var verb in EveryCommand)
            {
                var context = new SmtpAnnotationContext(null, verb, Replies.Capabilities("STARTTLS", "DSN"), 25, SenderDomain: "contoso.com");
                var expected = ReadEveryRowInOrder(new ReplyFacts(reply, context));
                var actual = SmtpAnnotator.Consult(new ReplyFacts(reply, context));
                checkedCount++;
                if (expected.Matched != actual.Matched?.Id || expected.Meaning != actual.Meaning || expected.Next != actual.Next || !SameCauses(expected.Causes, actual.Causes))
                    mismatches.Add($"{reply.Lines[0].Raw} after {verb}: expected ({expected.Matched} | {expected.Meaning} | {expected.Next}), got ({actual.Matched?.Id} | {actual.Meaning} | {actual.Next})");
            }
        }
        Assert.True(checkedCount > 50_000, $"only {checkedCount} cases");
        Assert.Empty(mismatches.Take(20));
    }

    [Fact]
    public void EveryWordingIsFoundWhereverItStandsAndInAnyCase()
    {
        var fragments = Table.Rows.SelectMany(row => row.Row.Text ?? []).SelectMany(Parts).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var casing = Gen.OneOf<Func<string, string>>(f => f, f => f.ToUpperInvariant(), f => f.ToLowerInvariant());
        var piece = Gen.Frequency(
            (2, (IGen<string>)Gen.Select(Gen.OneOf(fragments), casing, (fragment, change) => change(fragment))),
            (1, Gen.Select(Gen.OneOf(fragments), Gen.Int[0, 50], (fragment, cut) => fragment[..Math.Min(cut, fragment.Length)])),
            (1, Gen.String[Gen.Char["abcxyz <>@:.-=ſKİ\u00e9 "], 0, 12]));
        piece.Array[0, 5].Select(string.Concat).Sample(text =>
        {
            var found = Table.Fragments.FindAll(text);
            foreach (var fragment in fragments)
            {
                var expected = text.Contains(fragment, StringComparison.OrdinalIgnoreCase);
                Assert.True(expected == FragmentTable.HoldsAny(found, [Table.Fragments.IdOf(fragment)]), $"\"{fragment}\" in \"{text}\"");
            }
        }, iter: 2000);
    }

    [Fact]
    public void WordingSpreadOverTheLinesOfAReplyIsFound()
    {
        var annotation = Replies.Annotate("554-5.7.1 <kate@fabrikam.com>:\n554 5.7.1 Relay access denied", SmtpVerb.Rcpt);

        Assert.StartsWith("relaying denied", annotation.Meaning);
    }

    [Fact]
    public void AWordingOfSeveralPartsNeedsThemAll()
    {
        var both = Replies.Annotate("554 delivery error: dd This user doesn't have a yahoo.com account (kate@yahoo.com)", SmtpVerb.Rcpt);
        var one = Replies.Annotate("554 This user doesn't have a clue", SmtpVerb.Rcpt);

        Assert.Equal("recipient-unknown", both.Concept);
        Assert.NotEqual("recipient-unknown", one.Concept);
    }

    [Theory]
    [InlineData("554 5.7.1 <kate@fabrikam.com>: Relay acceſs denied")]
    [InlineData("554 5.7.1 <kate@fabrikam.com>: Relay access deniеd")]
    public void ALookAlikeLetterIsNotTheWordingItResembles(string reply)
    {
        // OrdinalIgnoreCase folds ASCII only: a long s or a Cyrillic e is another character.
        var annotation = Replies.Annotate(reply, SmtpVerb.Rcpt);

        Assert.Equal("the server refused the recipient; its text gives the reason (5.7.1 delivery not authorized, message refused)", annotation.Meaning);
    }

    /// <summary>The table read the plain way: every row for the code, highest priority first, each matched on its own.</summary>
    private static (string? Matched, string? Meaning, IReadOnlyList<string>? Causes, string? Next) ReadEveryRowInOrder(ReplyFacts facts)
    {
        string? matched = null, meaning = null, next = null;
        IReadOnlyList<string>? causes = null;
        foreach (var row in Table.For(facts.Code))
        {
            if (row.OnlyNamesTheCommand || !row.AppliesAfter(facts.RuleVerb) || !row.MatchesIgnoringCommand(facts)) continue;
            matched ??= row.Id;
            meaning ??= row.MeaningFor(facts);
            if (causes is null && row.Causes.Count > 0) causes = row.Causes;
            next ??= row.NextFor(facts);
        }
        var failure = facts.Code / 100 is 4 or 5;
        var matchedRow = matched is null ? null : Table.Row(matched);
        if (failure && facts.Enhanced is { Class: 4 or 5 } enhanced && Table.Registry(enhanced) is { Causes.Count: > 0 } registry && matchedRow is not { IsSpecific: true }
            && !(registry.General && matchedRow is { After.Count: > 0 }))
        {
            var causesRow = Table.For(facts.Code).ToArray().FirstOrDefault(row => !row.OnlyNamesTheCommand && row.AppliesAfter(facts.RuleVerb) && row.MatchesIgnoringCommand(facts) && row.Causes.Count > 0);
            if (causesRow is not { IsSpecific: true }) causes = registry.Causes;
        }
        return (matched, meaning, failure ? causes : null, next);
    }

    private static bool SameCauses(IReadOnlyList<string>? expected, IReadOnlyList<string>? actual) =>
        expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);

    private static IEnumerable<string> Parts(string alternative) => KnowledgeBuilder.Parts(alternative);

    /// <summary>For every row, replies that meet it: its codes, its enhanced codes in each class, each wording in three casings.</summary>
    private static IEnumerable<SmtpReply> RepliesForEveryRow()
    {
        var known = ReplyCodeCatalog.KnownCodes.ToArray();
        foreach (var row in Table.Rows)
        {
            var codes = known.Where(row.CoversCode).Take(6).Append(299).Append(459).Append(599).Where(row.CoversCode).Distinct().ToArray();
            string?[] enhanced = row.Row.Enhanced is { Count: > 0 } patterns
                ? [.. patterns.SelectMany(p => new[] { "2" + p[1..], "4" + p[1..], "5" + p[1..] }).Select(p => p.Split('-')[0])]
                : [null, "5.0.0"];
            string[] texts = row.Row.Text is { Count: > 0 } wording
                ? [.. wording.Select(f => string.Join(" and ", Parts(f))).SelectMany(f => new[] { f, $"<kate@fabrikam.com>: {f.ToUpperInvariant()} here", $"x{f.ToLowerInvariant()}y" })]
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
