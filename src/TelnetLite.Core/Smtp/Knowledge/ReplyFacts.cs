namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>One reply with what is known around it, prepared once for every rule that looks at it.</summary>
internal sealed class ReplyFacts
{
    public ReplyFacts(SmtpReply reply, SmtpAnnotationContext context)
    {
        Reply = reply;
        Context = context;
        After = context.After ?? context.Command?.Verb;
        RuleVerb = After switch
        {
            SmtpVerb.AuthResponse => SmtpVerb.Auth,
            SmtpVerb.Lhlo => SmtpVerb.Ehlo,
            var verb => verb,
        };
        Text = JoinTexts(reply.Lines);
    }

    public SmtpReply Reply { get; }

    public SmtpAnnotationContext Context { get; }

    /// <summary>The command the reply answers, as the caller gave it; null when unknown.</summary>
    public SmtpVerb? After { get; }

    /// <summary>The command as rules see it: an AUTH response counts as AUTH, LHLO as EHLO.</summary>
    public SmtpVerb? RuleVerb { get; }

    public int Code => Reply.Code;

    public EnhancedStatusCode? Enhanced => Reply.Enhanced;

    /// <summary>Every line's text joined by spaces: vendors spread their wording over several lines.</summary>
    public string Text { get; }

    /// <summary>The domain to suggest in commands, when the user already named one.</summary>
    public string? Domain => Context.SenderDomain is { Length: > 0 } domain ? domain : null;

    /// <summary>The reply read as an EHLO answer, computed once for the rules that need it.</summary>
    public SmtpCapabilities EhloCapabilities => _ehloCapabilities ??= SmtpCapabilities.FromEhloReply(Reply);

    private SmtpCapabilities? _ehloCapabilities;

    /// <summary>
    /// False when no rule's wording occurs in the reply: one scan for all rules, so that a reply no vendor wording
    /// matches (the common case) skips every per-rule search.
    /// </summary>
    public bool MayHoldAnyFragment => _mayHoldAnyFragment ??= Text.AsSpan().IndexOfAny(RuleBook.AllFragments) >= 0;

    private bool? _mayHoldAnyFragment;

    public bool Contains(string fragment) => Text.Contains(fragment, StringComparison.OrdinalIgnoreCase);

    private static string JoinTexts(IReadOnlyList<SmtpReplyLine>? lines)
    {
        if (lines is null || lines.Count == 0) return "";
        if (lines.Count == 1) return lines[0].Text ?? "";
        return string.Join(' ', lines.Select(line => line.Text));
    }
}
