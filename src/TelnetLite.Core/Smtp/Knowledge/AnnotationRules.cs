namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// The rules the annotator consults for one code after one command, in the book's order: those that cannot apply
/// after that command, and those that would add nothing to such a reply, are left out once, here, instead of being
/// skipped for every reply.
/// </summary>
internal sealed class AnnotationRules
{
    public AnnotationRules(ReplyRule[] rules, int[]?[] fragmentIds)
    {
        Rules = rules;
        FragmentIds = fragmentIds;
        foreach (var ids in fragmentIds) HasWordingRules |= ids is not null;
    }

    public static AnnotationRules Empty { get; } = new([], []);

    /// <summary>The rules, most specific first.</summary>
    public ReplyRule[] Rules { get; }

    /// <summary>For each rule, the ids in <see cref="RuleBook.Fragments"/> of its wording; null when it has no text condition.</summary>
    public int[]?[] FragmentIds { get; }

    /// <summary>True when some rule needs the reply's words: only then is the reply's text searched.</summary>
    public bool HasWordingRules { get; }
}
