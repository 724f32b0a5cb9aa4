using System.Text;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>
/// The knowledge table is scored on real replies (Fixtures/Replies/real-replies.tsv, each with its source): 95% or
/// more must be explained with the concept a mail administrator reads in them. A reply only counts when the concept
/// comes from what it says: the same code with meaningless text, after the same command, must not get it.
/// </summary>
public sealed class RealReplyScoreTests
{
    private const double Required = 0.95;

    [Fact]
    public void NinetyFivePercentOfTheRealRepliesAreExplainedWithTheirConcept()
    {
        var rows = Load();
        var failures = new List<string>();
        foreach (var (after, concept, reply, source) in rows)
        {
            var annotation = Replies.Annotate(reply, after);
            var stock = Replies.Annotate($"{reply[..3]} xyzzy plugh", after);
            if (annotation.Concept != concept)
                failures.Add($"{concept} expected, got {annotation.Concept} ({annotation.RuleId}): {Shown(reply)} [{source}]");
            else if (stock.Concept == concept)
                failures.Add($"{concept} also given to meaningless text with the same code after {after}: {Shown(reply)}");
        }
        var score = 1.0 - (double)failures.Count / rows.Count;
        Assert.True(rows.Count >= 300, $"only {rows.Count} real replies");
        Assert.True(score >= Required, $"{score:P1} of {rows.Count} explained with the right concept; missed:\n{string.Join('\n', failures)}");
    }

    [Fact]
    public void EveryRowOfTheSetCitesASourceAndEveryConceptIsOneTheTableKnows()
    {
        var known = KnowledgeBase.Current.Rows.Select(row => row.Concept).Concat(KnowledgeBase.Current.RegistryReadings.Select(reading => reading.Concept)).ToHashSet();
        foreach (var (_, concept, reply, source) in Load())
        {
            Assert.False(string.IsNullOrWhiteSpace(source), reply);
            Assert.Contains(concept, known);
        }
    }

    [Fact]
    public void EveryRealReplyReadsTheSameWholeLineByLineAndByteByByte()
    {
        foreach (var (after, _, reply, _) in Load())
        {
            // A reply recorded without its last line (a bounce that quoted only its first lines) never completes on the wire.
            if (reply.Split('\n')[^1] is [_, _, _, '-', ..]) continue;
            var bytes = Encoding.UTF8.GetBytes(string.Concat(reply.Split('\n').Select(line => line + "\r\n")));
            var concepts = new List<string?>();
            foreach (var chunks in (byte[][][])[[bytes], [.. reply.Split('\n').Select(line => Encoding.UTF8.GetBytes(line + "\r\n"))], [.. bytes.Select(b => new[] { b })]])
            {
                var parser = new SmtpReplyParser();
                var replies = new List<SmtpReply>();
                foreach (var chunk in chunks) parser.Feed(chunk, replies);
                var parsed = Assert.Single(replies);
                concepts.Add(SmtpAnnotator.Annotate(parsed, new SmtpAnnotationContext(null, after)).Concept);
            }
            Assert.True(concepts.Distinct().Count() == 1, $"{reply}: {string.Join(", ", concepts)}");
        }
    }

    private static string Shown(string reply) => reply.Replace("\n", " / ", StringComparison.Ordinal) is var flat && flat.Length > 140 ? flat[..140] + "…" : flat;

    private static List<(SmtpVerb? After, string Concept, string Reply, string Source)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Replies", "real-replies.tsv");
        var rows = new List<(SmtpVerb?, string, string, string)>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            Assert.True(fields.Length == 4, $"not four columns: {line}");
            SmtpVerb? after = fields[0] == "?" ? null : KnowledgeBuilder.TryParseCommand(fields[0], out var verb) ? verb : throw new InvalidDataException(fields[0]);
            rows.Add((after, fields[1], fields[2].Replace("\\n", "\n", StringComparison.Ordinal), fields[3]));
        }
        return rows;
    }
}
