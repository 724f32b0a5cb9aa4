namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>The knowledge table as written in <c>smtp-knowledge.json</c>: causes and steps by id, then the rows.</summary>
/// <remarks>A closed family of plain records that only carry the file's text into <see cref="KnowledgeBase"/>.</remarks>
internal sealed record KnowledgeDocument
{
    /// <summary>Each cause sentence once, by stable id; rows name causes by id.</summary>
    public Dictionary<string, string> Causes { get; init; } = [];

    /// <summary>Sentences shared by rows and by code (next steps, TLS hints), by stable id; <c>{id}</c> in any text uses one.</summary>
    public Dictionary<string, string> Steps { get; init; } = [];

    /// <summary>What each enhanced code means by the registry (RFC 3463, RFC 5248), by pattern (<c>x.2.1</c>): read when no wording says more.</summary>
    public Dictionary<string, KnowledgeRegistryEntry> Registry { get; init; } = [];

    /// <summary>One row per rule.</summary>
    public List<KnowledgeRowData> Rules { get; init; } = [];
}

/// <summary>One row of the table, as written.</summary>
internal sealed record KnowledgeRowData
{
    public string Id { get; init; } = "";
    public int Priority { get; init; }
    public List<string>? Codes { get; init; }
    public List<string>? Enhanced { get; init; }
    public List<string>? After { get; init; }
    public List<string>? Text { get; init; }
    public string Concept { get; init; } = "";
    public string? Meaning { get; init; }
    public List<string>? Causes { get; init; }
    public string? Next { get; init; }
    public string Source { get; init; } = "";
    public List<string> Examples { get; init; } = [];
    public List<string>? Beats { get; init; }
}

/// <summary>The registry's reading of one enhanced code: its concept and causes.</summary>
internal sealed record KnowledgeRegistryEntry
{
    public string Concept { get; init; } = "";
    public List<string>? Causes { get; init; }

    /// <summary>True for a code too general to contradict a wording (x.5.4 "invalid command arguments" fits any syntax refusal).</summary>
    public bool General { get; init; }
}

/// <summary>
/// A translation: a second file keyed by the same ids, replacing the texts it names (a row's meaning and next step, a
/// cause, a step) and leaving every other text as the table has it.
/// </summary>
internal sealed record KnowledgeTranslation
{
    public Dictionary<string, string>? Causes { get; init; }
    public Dictionary<string, string>? Steps { get; init; }
    public Dictionary<string, KnowledgeRowTranslation>? Rules { get; init; }
}

/// <summary>A row's texts in another language.</summary>
internal sealed record KnowledgeRowTranslation
{
    public string? Meaning { get; init; }
    public string? Next { get; init; }
}
