using System.Buffers;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// One piece of knowledge: when a reply matches (code, enhanced code, command, text), what it means, why it
/// probably happened and what to do next. Each field may be left empty for a later, more general rule to fill.
/// </summary>
internal sealed record ReplyRule
{
    /// <summary>Reply codes this rule is about; empty means any code of <see cref="Classes"/> (or any code at all).</summary>
    public IReadOnlyList<int> Codes { get; init; } = [];

    /// <summary>The first digits to match when <see cref="Codes"/> is empty; empty means any.</summary>
    public IReadOnlyList<int> Classes { get; init; } = [];

    /// <summary>The enhanced code the reply must carry, e.g. <c>5.1.1</c> or <c>x.7.25</c>.</summary>
    public string? Enhanced
    {
        get => _enhancedText;
        init
        {
            _enhancedText = value;
            _enhanced = value is null ? null : EnhancedPattern.Parse(value);
        }
    }

    /// <summary>The commands this reply answers for the rule to apply; empty means any.</summary>
    public IReadOnlyList<SmtpVerb> After
    {
        get => _after;
        init
        {
            _after = value;
            _afterMask = 0;
            foreach (var verb in value) _afterMask |= 1UL << (int)verb;
        }
    }

    /// <summary>Text fragments of which at least one must appear in the reply (case-insensitive); empty means no condition.</summary>
    public IReadOnlyList<string> TextAny
    {
        get => _textAny;
        init
        {
            _textAny = value;
            _fragments = value.Count == 0 ? null : SearchValues.Create(value.ToArray(), StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>What the reply means, in one sentence.</summary>
    public string? Says { get; init; }

    /// <summary>What the reply means when it depends on the reply's text or the conversation.</summary>
    public Func<ReplyFacts, string?>? SaysFor { get; init; }

    /// <summary>Likely causes, most likely first.</summary>
    public IReadOnlyList<string> Causes { get; init; } = [];

    /// <summary>What to type or do next.</summary>
    public string? Then { get; init; }

    /// <summary>The next step when it depends on the conversation (the user's domain, the capabilities).</summary>
    public Func<ReplyFacts, string?>? ThenFor { get; init; }

    private readonly IReadOnlyList<SmtpVerb> _after = [];
    private readonly ulong _afterMask;
    private readonly IReadOnlyList<string> _textAny = [];
    private readonly SearchValues<string>? _fragments;
    private readonly string? _enhancedText;
    private readonly EnhancedPattern? _enhanced;

    /// <summary>
    /// True when the rule is specific enough (text or enhanced code) to say which command a reply answers:
    /// <c>telnetlite explain</c> uses it to pick the commands to explain for, and such rules still apply when the
    /// command is unknown.
    /// </summary>
    public bool IsSpecific => _fragments is not null || _enhanced is not null;

    /// <summary>True when the rule can apply to a reply with this code (the index is built from it).</summary>
    public bool CoversCode(int code) =>
        Codes.Count > 0 ? Codes.Contains(code) : Classes.Count == 0 || Classes.Contains(code / 100);

    /// <summary>True when the rule has a meaning to give (<see cref="Says"/> or <see cref="SaysFor"/>).</summary>
    public bool HasMeaning => Says is not null || SaysFor is not null;

    /// <summary>True when the rule has a next step to give (<see cref="Then"/> or <see cref="ThenFor"/>).</summary>
    public bool HasNext => Then is not null || ThenFor is not null;

    /// <summary>Everything but the command and the code (<see cref="RuleBook.For"/> only hands out rules for the code).</summary>
    public bool MatchesIgnoringCommand(ReplyFacts facts)
    {
        if (!MatchesEnhanced(facts.Enhanced)) return false;
        if (_fragments is null) return true;
        return facts.MayHoldAnyFragment && facts.Text.AsSpan().IndexOfAny(_fragments) >= 0;
    }

    /// <summary>True when the rule asks for no enhanced code, or for this one.</summary>
    public bool MatchesEnhanced(EnhancedStatusCode? code) =>
        _enhanced is not { } pattern || (code is { } actual && pattern.Matches(actual));

    /// <summary>True when the rule may apply to a reply answering <paramref name="verb"/> (as rules see it; null when unknown).</summary>
    public bool AppliesAfter(SmtpVerb? verb)
    {
        if (_afterMask == 0) return true;
        // An unpaired reply: a rule that recognises the reply itself still applies; one that only knows the command cannot.
        if (verb is null) return IsSpecific;
        return (_afterMask & (1UL << (int)verb.Value)) != 0;
    }

    public string? MeaningFor(ReplyFacts facts) => SaysFor?.Invoke(facts) ?? Says;

    public string? NextFor(ReplyFacts facts) => ThenFor?.Invoke(facts) ?? Then;
}
