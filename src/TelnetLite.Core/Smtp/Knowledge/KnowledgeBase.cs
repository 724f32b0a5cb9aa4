using System.Text.Json;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// The knowledge table (<c>smtp-knowledge.json</c>, embedded in Core) read once: its causes, steps and rows, the rows
/// ordered by priority and indexed by code and by command, and every row's wording numbered for one scan per reply.
/// </summary>
/// <remarks>
/// <para>Which row wins never depends on where it stands in the file: rows are consulted by descending priority
/// (equal priorities keep the file's order, and the table's tests refuse two rows of equal priority that match the
/// same example). The highest row that matches names the concept; each part (meaning, causes, next step) comes from
/// the highest matching row that has one.</para>
/// <para>A translation is a second file keyed by the same ids (<see cref="KnowledgeTranslation"/>): it replaces the
/// texts it names and nothing else.</para>
/// </remarks>
internal sealed class KnowledgeBase
{
    private const int Codes = 1000;
    private const int CommandSlots = 1 + (int)SmtpVerb.AuthResponse + 1; // the command not known, then each verb
    private const string ResourceName = "TelnetLite.Core.Smtp.Knowledge.smtp-knowledge.json";

    private static readonly Lazy<KnowledgeBase> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, KnowledgeTemplate> _steps;
    private readonly Dictionary<string, ReplyRule> _byId;
    private readonly ReplyRule[][] _byCode;
    private readonly AnnotationRules?[] _byCodeAndCommand = new AnnotationRules?[Codes * CommandSlots];

    private const int RegistrySubjects = 8; // RFC 3463's subjects 0 to 7

    private readonly RegistryReading[] _registry;
    private readonly ulong[] _rowsByFragment;
    private readonly int _rowWords;
    private readonly RegistryReading[][] _registryBySubject;

    private KnowledgeBase(Dictionary<string, string> causes, Dictionary<string, KnowledgeTemplate> steps, List<ReplyRule> rows,
        FragmentTable fragments, RegistryReading[] registry, List<string> problems)
    {
        _registry = registry;
        _registryBySubject = new RegistryReading[RegistrySubjects][];
        for (var subject = 0; subject < RegistrySubjects; subject++) _registryBySubject[subject] = registry.Where(reading => reading.Pattern.Subject == subject).ToArray();
        Causes = causes;
        _steps = steps;
        Fragments = fragments;
        Problems = problems;
        Rows = [.. rows.OrderByDescending(row => row.Priority).ThenBy(row => row.Order)];
        for (var rank = 0; rank < Rows.Count; rank++) Rows[rank].Rank = rank;
        // For each wording fragment, the rows that name it: a reply's fragments tell at once which wording rows may match.
        _rowWords = (rows.Count + 63) / 64;
        _rowsByFragment = new ulong[fragments.Count * _rowWords];
        foreach (var row in rows)
        {
            foreach (var alternative in row.FragmentIds ?? [])
            {
                foreach (var id in alternative) _rowsByFragment[id * _rowWords + (row.Rank >> 6)] |= 1UL << (row.Rank & 63);
            }
        }
        _byId = new Dictionary<string, ReplyRule>(StringComparer.Ordinal);
        foreach (var row in Rows) _byId.TryAdd(row.Id, row);
        _byCode = new ReplyRule[Codes][];
        for (var code = 0; code < Codes; code++) _byCode[code] = Rows.Where(row => row.CoversCode(code)).ToArray();
    }

    /// <summary>The table embedded in TelnetLite, read on first use.</summary>
    public static KnowledgeBase Current => Embedded.Value;

    /// <summary>Every row, highest priority first.</summary>
    public IReadOnlyList<ReplyRule> Rows { get; }

    /// <summary>Cause sentences by id.</summary>
    public IReadOnlyDictionary<string, string> Causes { get; }

    /// <summary>Step ids, for listing and checks.</summary>
    public IEnumerable<string> StepIds => _steps.Keys;

    /// <summary>Every row's wording parts, numbered.</summary>
    public FragmentTable Fragments { get; }

    /// <summary>What is wrong with the table (or the translation), one sentence each; empty for a good table.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>
    /// The rows (by <see cref="ReplyRule.Rank"/>) that name any of the fragments found in a reply: only these wording
    /// rows can match it. Null when no fragment was found.
    /// </summary>
    public ulong[]? RowsNaming(ulong[]? foundFragments)
    {
        if (foundFragments is null) return null;
        var rows = new ulong[_rowWords];
        for (var word = 0; word < foundFragments.Length; word++)
        {
            var bits = foundFragments[word];
            while (bits != 0)
            {
                var id = word * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                for (var w = 0; w < _rowWords; w++) rows[w] |= _rowsByFragment[id * _rowWords + w];
            }
        }
        return rows;
    }

    public bool TryGetStep(string id, out KnowledgeTemplate step) => _steps.TryGetValue(id, out step!);

    /// <summary>A step by id; a missing one (a fault the table's tests catch) reads as its id in braces.</summary>
    public KnowledgeTemplate Step(string id) => _steps.TryGetValue(id, out var step) ? step : KnowledgeTemplate.Parse("{" + id + "}");

    public ReplyRule? Row(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The registry's reading of an enhanced code; null for codes too general to say anything (x.7.1, x.0.0).</summary>
    public RegistryReading? Registry(EnhancedStatusCode code)
    {
        if (code.Subject is < 0 or >= RegistrySubjects) return null;
        foreach (var reading in _registryBySubject[code.Subject])
        {
            if (reading.Pattern.Matches(code)) return reading;
        }
        return null;
    }

    /// <summary>Every registry reading, for checks.</summary>
    public IReadOnlyList<RegistryReading> RegistryReadings => _registry;

    /// <summary>The rows that may apply to a reply with this code, highest priority first.</summary>
    public ReadOnlySpan<ReplyRule> For(int code) => code is >= 0 and < Codes ? _byCode[code] : [];

    /// <summary>
    /// The rows that may add to the annotation of a reply with this code answering <paramref name="ruleVerb"/> (as
    /// <see cref="ReplyFacts.RuleVerb"/> gives it; null when unknown), highest priority first.
    /// </summary>
    public AnnotationRules ForAnnotation(int code, SmtpVerb? ruleVerb)
    {
        if (code is < 0 or >= Codes) return AnnotationRules.Empty;
        var slot = ruleVerb is { } verb && (int)verb is >= 0 and < CommandSlots - 1 ? (int)verb + 1 : 0;
        if (slot == 0 && ruleVerb is not null) return Build(code, ruleVerb);
        return _byCodeAndCommand[code * CommandSlots + slot] ??= Build(code, ruleVerb);
    }

    /// <remarks>
    /// Left out: rows for other commands, and rows with nothing to say (no meaning, causes or next step: they only tell
    /// <c>explain</c> which command a reply answers), so that a success is never searched for wording it cannot use.
    /// </remarks>
    private AnnotationRules Build(int code, SmtpVerb? ruleVerb) =>
        new([.. _byCode[code].Where(row => row.AppliesAfter(ruleVerb) && !row.OnlyNamesTheCommand)], Rows, _rowWords);

    /// <summary>Reads a table (and optionally a translation of it); every fault is listed in <see cref="Problems"/>.</summary>
    public static KnowledgeBase Load(string tableJson, string? translationJson = null)
    {
        var problems = new List<string>();
        KnowledgeDocument document;
        try
        {
            document = JsonSerializer.Deserialize(tableJson, KnowledgeJsonContext.Default.KnowledgeDocument) ?? new KnowledgeDocument();
        }
        catch (JsonException e)
        {
            problems.Add($"the table is not valid JSON: {e.Message}");
            document = new KnowledgeDocument();
        }
        if (translationJson is not null) document = Translate(document, translationJson, problems);
        return KnowledgeBuilder.Build(document, problems,
            (causes, steps, rows, fragments, registry) => new KnowledgeBase(causes, steps, rows, fragments, registry, problems));
    }

    private static KnowledgeDocument Translate(KnowledgeDocument document, string translationJson, List<string> problems)
    {
        KnowledgeTranslation? translation;
        try
        {
            translation = JsonSerializer.Deserialize(translationJson, KnowledgeJsonContext.Default.KnowledgeTranslation);
        }
        catch (JsonException e)
        {
            problems.Add($"the translation is not valid JSON: {e.Message}");
            return document;
        }
        if (translation is null) return document;
        var causes = new Dictionary<string, string>(document.Causes, StringComparer.Ordinal);
        foreach (var (id, text) in translation.Causes ?? [])
        {
            if (causes.ContainsKey(id)) causes[id] = text;
            else problems.Add($"the translation names cause \"{id}\", which the table does not have");
        }
        var steps = new Dictionary<string, string>(document.Steps, StringComparer.Ordinal);
        foreach (var (id, text) in translation.Steps ?? [])
        {
            if (steps.ContainsKey(id)) steps[id] = text;
            else problems.Add($"the translation names step \"{id}\", which the table does not have");
        }
        var rows = new List<KnowledgeRowData>(document.Rules.Count);
        var translatedRows = translation.Rules ?? [];
        foreach (var row in document.Rules)
        {
            rows.Add(translatedRows.TryGetValue(row.Id, out var texts)
                ? row with { Meaning = texts.Meaning ?? row.Meaning, Next = texts.Next ?? row.Next }
                : row);
        }
        foreach (var id in translatedRows.Keys.Where(id => document.Rules.All(row => row.Id != id)))
            problems.Add($"the translation names row \"{id}\", which the table does not have");
        return new KnowledgeDocument { Causes = causes, Steps = steps, Registry = document.Registry, Rules = rows };
    }

    private static KnowledgeBase LoadEmbedded()
    {
        using var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the knowledge table {ResourceName} is not embedded in TelnetLite.Core");
        using var reader = new StreamReader(stream);
        var knowledge = Load(reader.ReadToEnd());
        // A faulty table is a build fault the table's tests catch; it must not become a wrong explanation.
        if (knowledge.Problems.Count > 0) throw new InvalidOperationException("the knowledge table has faults: " + string.Join("; ", knowledge.Problems));
        return knowledge;
    }
}
