namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// The rows the annotator consults for one code after one command, highest priority first: rows for other commands
/// are left out once, here, instead of being skipped for every reply.
/// </summary>
internal sealed class AnnotationRules
{
    public AnnotationRules(ReplyRule[] rules)
    {
        Rules = rules;
        foreach (var rule in rules) HasWordingRules |= rule.HasText;
    }

    public static AnnotationRules Empty { get; } = new([]);

    /// <summary>The rows, highest priority first.</summary>
    public ReplyRule[] Rules { get; }

    /// <summary>True when some row needs the reply's words: only then is the reply's text searched.</summary>
    public bool HasWordingRules { get; }
}
