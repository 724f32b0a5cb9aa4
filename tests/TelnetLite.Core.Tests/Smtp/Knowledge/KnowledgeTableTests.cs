using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tests.Smtp.Knowledge.Support;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>
/// The knowledge table (smtp-knowledge.json) holds together: it reads without a fault, every row's real example is
/// explained by that very row, and no two rows claim the same example unless one beats the other on purpose.
/// </summary>
public sealed class KnowledgeTableTests
{
    private static readonly KnowledgeBase Table = KnowledgeBase.Current;

    public static TheoryData<string> RowIds() => new(Table.Rows.Select(row => row.Id));

    [Fact]
    public void TheTableReadsWithoutAFault()
    {
        Assert.Empty(Table.Problems);
        Assert.True(Table.Rows.Count > 150, $"only {Table.Rows.Count} rows");
    }

    [Theory]
    [MemberData(nameof(RowIds))]
    public void EveryExampleOfARowIsExplainedByThatRow(string id)
    {
        var row = Table.Row(id)!;
        Assert.NotEmpty(row.Row.Examples);
        foreach (var example in row.Row.Examples)
        {
            if (row.OnlyNamesTheCommand)
            {
                // Such a row only tells explain which command the reply answers: it must recognise its examples for that.
                var explained = SmtpExplainer.ExplainText(example).Lines;
                Assert.True(row.MatchesIgnoringCommand(new ReplyFacts(Replies.Parse(example), new SmtpAnnotationContext(null, null))), $"{id} does not match \"{example}\"");
                Assert.Contains(VerbNames.Heading(row.After[0]), explained);
                continue;
            }
            var annotation = Replies.Annotate(example, ExampleCommand(row));
            Assert.True(annotation.RuleId == id, $"\"{example}\" after {ExampleCommand(row)} is explained by {annotation.RuleId}, not by {id}");
            // A row that reads neither wording nor enhanced code leaves the concept to the enhanced code's registry reading.
            if (row.IsSpecific) Assert.Equal(row.Concept, annotation.Concept);
        }
    }

    [Theory]
    [MemberData(nameof(RowIds))]
    public void NoOtherRowClaimsARowsExampleUnlessItIsBeatenOnPurpose(string id)
    {
        var row = Table.Row(id)!;
        foreach (var example in row.Row.Examples)
        {
            var facts = new ReplyFacts(Replies.Parse(example), new SmtpAnnotationContext(null, ExampleCommand(row)));
            if (row.OnlyNamesTheCommand) continue;
            foreach (var other in Table.ForAnnotation(facts.Code, facts.RuleVerb).Rules)
            {
                if (other == row || !other.MatchesIgnoringCommand(facts)) continue;
                Assert.True(other.Priority != row.Priority, $"{id} and {other.Id} both match \"{example}\" at priority {row.Priority}");
                // Rows that read the wording overlap only where the winner says so: a wording row beating another is a decision.
                if (other.HasText && row.HasText && other.Priority < row.Priority)
                    Assert.True(row.Row.Beats?.Contains(other.Id) == true, $"{id} wins \"{example}\" over {other.Id} without declaring \"beats\": [\"{other.Id}\"]");
            }
        }
    }

    [Fact]
    public void EveryCauseIsNamedByARowAndEveryIdIsUnique()
    {
        var named = Table.Rows.SelectMany(row => row.Row.Causes ?? []).Concat(Table.RegistryReadings.SelectMany(reading => reading.CauseIds)).ToHashSet();
        var unused = Table.Causes.Keys.Where(id => !named.Contains(id) && id != "auth-needs-tls").ToList();
        Assert.Empty(unused);
        Assert.Equal(Table.Rows.Count, Table.Rows.Select(row => row.Id).Distinct().Count());
    }

    [Fact]
    public void EverySentenceAboutTlsIsAStepOfTheTableAndNoneSaysTelnetLiteCannotDoIt()
    {
        // TLS advice changes in one place: the table.
        foreach (var step in (string[])["tls-start", "tls-needed", "capability-starttls", "ehlo-tls-auth", "relay-tls", "starttls-go-ahead", "starttls-close", "password-without-tls",
                     "lint-starttls-twice-problem", "lint-starttls-not-offered-problem", "lint-auth-in-clear-problem", "lint-auth-before-starttls-problem"])
            Assert.True(Table.TryGetStep(step, out _), step);
        var sources = Directory.EnumerateFiles(SourceFolder(), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText);
        Assert.DoesNotContain(sources, source => source.Contains("cannot do yet", StringComparison.Ordinal) || source.Contains("cannot do the TLS handshake", StringComparison.Ordinal));
        var table = File.ReadAllText(Path.Combine(SourceFolder(), "Smtp", "Knowledge", "smtp-knowledge.json"));
        Assert.DoesNotContain("cannot do", table, StringComparison.Ordinal);
    }

    [Fact]
    public void ATranslationReplacesTheTextsItNamesByIdAndNothingElse()
    {
        var table = File.ReadAllText(Path.Combine(SourceFolder(), "Smtp", "Knowledge", "smtp-knowledge.json"));
        const string translation = """
            {
              "causes": { "recipient-not-in-organisation": "le destinataire n'existe pas dans l'organisation" },
              "steps": { "check-recipient": "vérifiez l'adresse, puis RCPT TO:<autre destinataire>" },
              "rules": { "seed-user-unknown": { "meaning": "le serveur a refusé le destinataire : boîte inconnue" } }
            }
            """;
        var translated = KnowledgeBase.Load(table, translation);

        var annotation = SmtpAnnotator.Annotate(new ReplyFacts(Replies.Parse("550 5.1.1 User unknown"), new SmtpAnnotationContext(null, SmtpVerb.Rcpt), translated), out _);

        Assert.Empty(translated.Problems);
        Assert.StartsWith("le serveur a refusé le destinataire : boîte inconnue", annotation.Meaning);
        Assert.Equal("le destinataire n'existe pas dans l'organisation", annotation.Causes[0]);
        Assert.Equal("vérifiez l'adresse, puis RCPT TO:<autre destinataire>", annotation.Next);
        Assert.Equal("a typing mistake in the recipient's address", annotation.Causes[1]);
    }

    [Fact]
    public void ATranslationNamingAnIdTheTableDoesNotHaveIsAFault()
    {
        var table = File.ReadAllText(Path.Combine(SourceFolder(), "Smtp", "Knowledge", "smtp-knowledge.json"));

        var translated = KnowledgeBase.Load(table, """{ "causes": { "no-such-cause": "x" }, "rules": { "no-such-row": { "meaning": "x" } } }""");

        Assert.Equal(2, translated.Problems.Count);
    }

    [Fact]
    public void AFaultyTableIsReportedRowByRow()
    {
        const string faulty = """
            { "causes": {}, "steps": {}, "rules": [
              { "id": "a", "priority": 1, "codes": ["55x"], "after": ["SEND"], "enhanced": ["5.1"], "concept": "c", "causes": ["missing"], "meaning": "{nowhere}", "source": "s", "examples": ["550 x"] },
              { "id": "a", "priority": 1, "concept": "", "source": "", "examples": [] } ] }
            """;

        var problems = KnowledgeBase.Load(faulty).Problems;

        foreach (var expected in (string[])["\"55x\"", "\"SEND\"", "\"5.1\"", "cause \"missing\"", "{nowhere}", "twice", "no concept", "no source", "no example"])
            Assert.Contains(problems, problem => problem.Contains(expected, StringComparison.Ordinal));
    }

    /// <summary>A row's examples are explained after its first command; a row for any command after a line that was no command.</summary>
    internal static SmtpVerb ExampleCommand(ReplyRule row) => row.After.Count > 0 ? row.After[0] : SmtpVerb.Unknown;

    private static string SourceFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TelnetLite.sln"))) folder = folder.Parent;
        return Path.Combine(folder!.FullName, "src", "TelnetLite.Core");
    }
}
