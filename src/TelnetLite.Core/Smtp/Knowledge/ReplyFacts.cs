using System.Buffers;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>One reply with what is known around it, prepared once for every rule that looks at it.</summary>
/// <remarks>What costs time (the joined text, the fragments found in it, the EHLO keywords) is computed on first use.</remarks>
internal sealed class ReplyFacts
{
    public ReplyFacts(SmtpReply reply, SmtpAnnotationContext context, KnowledgeBase? knowledge = null)
    {
        Knowledge = knowledge ?? KnowledgeBase.Current;
        Reply = reply;
        Context = context;
        After = context.After ?? context.Command?.Verb;
        RuleVerb = After switch
        {
            SmtpVerb.AuthResponse => SmtpVerb.Auth,
            SmtpVerb.Lhlo => SmtpVerb.Ehlo,
            var verb => verb,
        };
    }

    /// <summary>The table the reply is explained with.</summary>
    public KnowledgeBase Knowledge { get; }

    public SmtpReply Reply { get; }

    public SmtpAnnotationContext Context { get; }

    /// <summary>The command the reply answers, as the caller gave it; null when unknown.</summary>
    public SmtpVerb? After { get; }

    /// <summary>The command as rules see it: an AUTH response counts as AUTH, LHLO as EHLO.</summary>
    public SmtpVerb? RuleVerb { get; }

    public int Code => Reply.Code;

    /// <summary>
    /// The enhanced code: the reply's own, or qmail's, which it writes at the end in parentheses
    /// (<c>553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)</c>).
    /// </summary>
    public EnhancedStatusCode? Enhanced => Reply.Enhanced ?? QmailCode;

    private EnhancedStatusCode? QmailCode
    {
        get
        {
            if (_qmailSearched) return _qmailCode;
            _qmailSearched = true;
            // qmail writes the code only on refusals; a success is not read for it (its text is never joined for nothing).
            if (Code / 100 is not (4 or 5)) return null;
            var text = Text.AsSpan();
            var at = text.LastIndexOf("(#", StringComparison.Ordinal);
            if (at >= 0 && text[(at + 2)..].IndexOf(')') is var close and > 0 && EnhancedStatusCode.TryParse(text.Slice(at + 2, close), out var code))
                _qmailCode = code;
            return _qmailCode;
        }
    }

    private EnhancedStatusCode? _qmailCode;
    private bool _qmailSearched;

    /// <summary>Every line's text joined by spaces: vendors spread their wording over several lines.</summary>
    public string Text => _text ??= JoinTexts(Reply.Lines);

    private string? _text;

    /// <summary>
    /// The domain to suggest in commands, when the user already named one; an internationalised name in its ASCII form
    /// (A-label), so that no next step repeats the non-ASCII form a server without SMTPUTF8 refuses.
    /// </summary>
    public string? Domain => Context.SenderDomain is { Length: > 0 } domain ? SmtpDomainText.ToAscii(domain) : null;

    /// <summary>
    /// The reply read as an EHLO answer, computed once for the rules that need it: the conversation's capabilities
    /// when they were read from this very reply (the conversation reads every accepted EHLO), else read here.
    /// </summary>
    public SmtpCapabilities EhloCapabilities => _ehloCapabilities ??=
        Context.Capabilities is { } known && EhloReplyMatch.Describes(known, Reply) ? known : SmtpCapabilities.FromEhloReply(Reply);

    private SmtpCapabilities? _ehloCapabilities;

    /// <summary>The rules' wording fragments found in <see cref="Text"/>, by <see cref="KnowledgeBase.Fragments"/> id; null when none.</summary>
    public ulong[]? FoundFragments
    {
        get
        {
            if (!_fragmentsSearched)
            {
                _foundFragments = Knowledge.Fragments.FindAll(Text);
                _fragmentsSearched = true;
            }
            return _foundFragments;
        }
    }

    private ulong[]? _foundFragments;
    private bool _fragmentsSearched;

    /// <summary>The ranks of the rows naming a fragment found in the reply (<see cref="KnowledgeBase.RowsNaming"/>); null when none.</summary>
    public ulong[]? CandidateRanks
    {
        get
        {
            if (!_candidatesComputed)
            {
                _candidates = Knowledge.RowsNaming(FoundFragments);
                _candidatesComputed = true;
            }
            return _candidates;
        }
    }

    private ulong[]? _candidates;
    private bool _candidatesComputed;

    /// <summary>
    /// False when no rule's wording occurs in the reply: one scan for all rules, so that a reply no vendor wording
    /// matches (the common case) skips every per-rule search.
    /// </summary>
    public bool MayHoldAnyFragment => FoundFragments is not null;

    /// <summary>True when any of the words (built with <see cref="StringComparison.OrdinalIgnoreCase"/>) occurs in <see cref="Text"/>.</summary>
    public bool Contains(SearchValues<string> words) => Text.AsSpan().IndexOfAny(words) >= 0;

    private static string JoinTexts(IReadOnlyList<SmtpReplyLine>? lines)
    {
        if (lines is null || lines.Count == 0) return "";
        if (lines.Count == 1) return lines[0].Text ?? "";
        var texts = new string[lines.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = lines[i].Text;
        return string.Join(' ', texts);
    }
}
