namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// The rows the annotator consults for one code after one command, highest priority first: rows for other commands
/// are left out once, here, instead of being skipped for every reply.
/// </summary>
/// <remarks>
/// Wording rows are many (a reply's wording could be anything) but a reply names few of them: they are also kept as a
/// set of ranks, so that the annotator visits only those whose fragments the reply holds, in rank order, merged with
/// the rows that read no wording.
/// </remarks>
internal sealed class AnnotationRules
{
    public AnnotationRules(ReplyRule[] rules, IReadOnlyList<ReplyRule> byRank, int rankWords)
    {
        Rules = rules;
        ByRank = byRank;
        WordingRanks = new ulong[rankWords];
        var others = new List<ReplyRule>();
        foreach (var rule in rules)
        {
            if (rule.HasText)
            {
                HasWordingRules = true;
                WordingRanks[rule.Rank >> 6] |= 1UL << (rule.Rank & 63);
            }
            else
            {
                others.Add(rule);
            }
        }
        WithoutWording = [.. others];
    }

    public static AnnotationRules Empty { get; } = new([], [], 0);

    /// <summary>The rows, highest priority first.</summary>
    public ReplyRule[] Rules { get; }

    /// <summary>The rows that read no wording, highest priority first.</summary>
    public ReplyRule[] WithoutWording { get; }

    /// <summary>The ranks of the rows that read wording.</summary>
    public ulong[] WordingRanks { get; }

    /// <summary>Every row of the table by rank.</summary>
    public IReadOnlyList<ReplyRule> ByRank { get; }

    /// <summary>True when some row needs the reply's words: only then is the reply's text searched.</summary>
    public bool HasWordingRules { get; }
}
