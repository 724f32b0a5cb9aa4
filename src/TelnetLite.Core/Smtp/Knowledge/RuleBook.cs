namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Every rule in the order they are consulted: a vendor's wording first, then the seed's rows, the enhanced code,
/// the code after its command, the code alone. Indexed by code so that a reply only meets the rules for its code,
/// and for the annotator by code and command.
/// </summary>
internal static class RuleBook
{
    private const int Codes = 1000;
    private const int CommandSlots = 1 + (int)SmtpVerb.AuthResponse + 1; // the command not known, then each verb

    // Declared before the indexes: static fields are initialised in order.
    private static readonly ReplyRule[] Ordered =
    [
        .. VendorReplyRules.All,
        .. SeedReplyRules.All,
        .. EnhancedCodeRules.All,
        .. CommandReplyRules.All,
        .. CodeReplyRules.All,
    ];

    private static readonly ReplyRule[][] ByCode = BuildIndex();

    // Filled on first use: most of the 21,000 combinations of code and command never occur.
    private static readonly AnnotationRules?[] ByCodeAndCommand = new AnnotationRules?[Codes * CommandSlots];

    /// <summary>Every rule's wording fragments, numbered, for one scan of a reply.</summary>
    public static FragmentTable Fragments { get; } = new(Ordered.SelectMany(rule => rule.TextAny));

    /// <summary>The rules that may apply to a reply with this code, in order.</summary>
    public static ReadOnlySpan<ReplyRule> For(int code) => code is >= 0 and < Codes ? ByCode[code] : [];

    /// <summary>
    /// The rules that may add to the annotation of a reply with this code answering <paramref name="ruleVerb"/> (as
    /// <see cref="ReplyFacts.RuleVerb"/> gives it; null when unknown), in order.
    /// </summary>
    /// <remarks>
    /// Left out: rules for other commands, rules with nothing to say (they only tell <c>explain</c> which command a
    /// reply answers), and on a reply that is no failure, rules that only give causes (successes list none).
    /// </remarks>
    public static AnnotationRules ForAnnotation(int code, SmtpVerb? ruleVerb)
    {
        if (code is < 0 or >= Codes) return AnnotationRules.Empty;
        var slot = ruleVerb is { } verb && (int)verb is >= 0 and < CommandSlots - 1 ? (int)verb + 1 : 0;
        if (slot == 0 && ruleVerb is not null) return Build(code, ruleVerb);
        var index = code * CommandSlots + slot;
        return ByCodeAndCommand[index] ??= Build(code, ruleVerb);
    }

    private static AnnotationRules Build(int code, SmtpVerb? ruleVerb)
    {
        var failure = code / 100 is 4 or 5;
        var rules = new List<ReplyRule>();
        var fragmentIds = new List<int[]?>();
        foreach (var rule in ByCode[code])
        {
            if (!rule.AppliesAfter(ruleVerb)) continue;
            if (!rule.HasMeaning && !rule.HasNext && !(failure && rule.Causes.Count > 0)) continue;
            rules.Add(rule);
            fragmentIds.Add(rule.TextAny.Count == 0 ? null : rule.TextAny.Select(Fragments.IdOf).Where(id => id >= 0).ToArray());
        }
        return new AnnotationRules([.. rules], [.. fragmentIds]);
    }

    private static ReplyRule[][] BuildIndex()
    {
        var index = new ReplyRule[Codes][];
        for (var code = 0; code < index.Length; code++) index[code] = Ordered.Where(rule => rule.CoversCode(code)).ToArray();
        return index;
    }
}
