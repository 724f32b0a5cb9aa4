using System.Buffers;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Every rule in the order they are consulted: a vendor's wording first, then the seed's rows, the enhanced code,
/// the code after its command, the code alone. Indexed by code so that a reply only meets the rules for its code.
/// </summary>
internal static class RuleBook
{
    // Declared before the index: static fields are initialised in order.
    private static readonly ReplyRule[] Ordered =
    [
        .. VendorReplyRules.All,
        .. SeedReplyRules.All,
        .. EnhancedCodeRules.All,
        .. CommandReplyRules.All,
        .. CodeReplyRules.All,
    ];

    private static readonly ReplyRule[][] ByCode = BuildIndex();

    /// <summary>Every rule's wording fragments, for one case-insensitive scan of a reply.</summary>
    public static SearchValues<string> AllFragments { get; } = SearchValues.Create(
        Ordered.SelectMany(rule => rule.TextAny).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The rules that may apply to a reply with this code, in order.</summary>
    public static ReadOnlySpan<ReplyRule> For(int code) => code is >= 0 and < 1000 ? ByCode[code] : [];

    private static ReplyRule[][] BuildIndex()
    {
        var index = new ReplyRule[1000][];
        for (var code = 0; code < index.Length; code++) index[code] = Ordered.Where(rule => rule.CoversCode(code)).ToArray();
        return index;
    }
}
