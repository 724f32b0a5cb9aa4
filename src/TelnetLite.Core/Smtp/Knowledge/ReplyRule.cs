namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// One row of the knowledge table, read and ready to match: when a reply matches (code, enhanced code, command,
/// wording), what it means, why it probably happened and what to do next. A row may leave a part empty for a lower
/// row to fill.
/// </summary>
internal sealed class ReplyRule
{
    private readonly bool[]? _codes;
    private readonly EnhancedPattern[] _enhanced;
    private readonly ulong _afterMask;
    private readonly int[][]? _fragmentIds;

    public ReplyRule(KnowledgeRowData row, int order, IReadOnlyList<string> causes, KnowledgeTemplate? meaning, KnowledgeTemplate? next,
        bool[]? codes, EnhancedPattern[] enhanced, ulong afterMask, int[][]? fragmentIds)
    {
        Row = row;
        Id = row.Id;
        Priority = row.Priority;
        Concept = row.Concept;
        Order = order;
        Causes = causes;
        CauseCount = causes.Count;
        Meaning = meaning;
        Next = next;
        _codes = codes;
        _enhanced = enhanced;
        _afterMask = afterMask;
        _fragmentIds = fragmentIds;
    }

    /// <summary>The row as written in the table.</summary>
    public KnowledgeRowData Row { get; }

    public string Id { get; }

    public int Priority { get; }

    public string Concept { get; }

    /// <summary>The number of causes (read on every reply: no interface call).</summary>
    public int CauseCount { get; }

    /// <summary>The row's place in the file: rows of equal priority are consulted in this order.</summary>
    public int Order { get; }

    /// <summary>The row's place among all rows by descending priority (set once the table is read): lower ranks are consulted first.</summary>
    public int Rank { get; internal set; }

    /// <summary>The cause sentences, most likely first.</summary>
    public IReadOnlyList<string> Causes { get; }

    public KnowledgeTemplate? Meaning { get; }

    public KnowledgeTemplate? Next { get; }

    public bool HasMeaning => Meaning is not null;

    public bool HasNext => Next is not null;

    /// <summary>True for a row with no meaning, causes or next step: it only tells <c>explain</c> which command a reply answers.</summary>
    public bool OnlyNamesTheCommand => Meaning is null && Next is null && Causes.Count == 0;

    /// <summary>True when the row names wording to look for.</summary>
    public bool HasText => _fragmentIds is not null;

    /// <summary>True when the row names enhanced codes.</summary>
    public bool HasEnhanced => _enhanced.Length > 0;

    /// <summary>
    /// True when the row is specific enough (wording or enhanced code) to say which command a reply answers:
    /// <c>telnetlite explain</c> uses it to pick the commands to explain for, and such rows still apply when the
    /// command is unknown.
    /// </summary>
    public bool IsSpecific => HasText || HasEnhanced;

    /// <summary>The commands the row is about, as verbs; empty for any.</summary>
    public IReadOnlyList<SmtpVerb> After { get; init; } = [];

    /// <summary>For each wording alternative, the ids of its parts in <see cref="KnowledgeBase.Fragments"/>.</summary>
    public int[][]? FragmentIds => _fragmentIds;

    public bool CoversCode(int code) => _codes is null || (code is >= 0 and < 1000 && _codes[code]);

    /// <summary>True when the row asks for no enhanced code, or for this one.</summary>
    public bool MatchesEnhanced(EnhancedStatusCode? code)
    {
        if (_enhanced.Length == 0) return true;
        if (code is not { } actual) return false;
        foreach (var pattern in _enhanced)
        {
            if (pattern.Matches(actual)) return true;
        }
        return false;
    }

    /// <summary>True when the row asks for no wording, or one of its alternatives is wholly found (see <see cref="FragmentTable.FindAll"/>).</summary>
    public bool MatchesText(ulong[]? found)
    {
        if (_fragmentIds is null) return true;
        if (found is null) return false;
        foreach (var alternative in _fragmentIds)
        {
            if (FragmentTable.HoldsAll(found, alternative)) return true;
        }
        return false;
    }

    /// <summary>Everything but the command and the code.</summary>
    public bool MatchesIgnoringCommand(ReplyFacts facts) => MatchesEnhanced(facts.Enhanced) && MatchesText(_fragmentIds is null ? null : facts.FoundFragments);

    /// <summary>True when the row may apply to a reply answering <paramref name="verb"/> (as rules see it; null when unknown).</summary>
    public bool AppliesAfter(SmtpVerb? verb)
    {
        if (_afterMask == 0) return true;
        // An unpaired reply: a row that recognises the reply itself still applies; one that only knows the command cannot.
        if (verb is null) return IsSpecific;
        return (_afterMask & (1UL << (int)verb.Value)) != 0;
    }

    public string? MeaningFor(ReplyFacts facts) => Meaning?.Expand(new KnowledgeScope(facts.Knowledge, facts, facts.Context.Port));

    public string? NextFor(ReplyFacts facts) => Next?.Expand(new KnowledgeScope(facts.Knowledge, facts, facts.Context.Port));
}
