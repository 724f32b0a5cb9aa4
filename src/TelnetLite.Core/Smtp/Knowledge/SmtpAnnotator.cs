using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Explains one SMTP reply in the light of the command it answers and the conversation so far.</summary>
/// <remarks>
/// <para>
/// Severity comes from the code's class (2 success, 3 intermediate, 4 transient failure, 5 permanent failure); a
/// malformed reply (no code, a code outside 200–599, mixed codes, a missing separator) is a protocol warning.
/// </para>
/// <para>
/// The knowledge is the table <c>smtp-knowledge.json</c> (see <see cref="KnowledgeBase"/>): its highest-priority row
/// that matches the reply (code, enhanced code, command, wording) recognises it. A row that reads the wording wins
/// over the enhanced code's registry meaning (RFC 3463, RFC 5248), which follows in parentheses; where the two
/// disagree (a provider reusing a code for its own meaning) the annotation says so. Causes are listed most likely
/// first and only for failures and warnings. One next step follows the seed's walkthrough, worded with
/// <see cref="SmtpAnnotationContext.SenderDomain"/> when known. Hints come from the conversation: AUTH needing
/// STARTTLS, NOTIFY= without DSN, a server lenient about missing angle brackets or an address without a domain.
/// </para>
/// <para>Pure and total: no I/O, never throws, whatever the reply holds.</para>
/// </remarks>
public static class SmtpAnnotator
{
    private const SmtpReplyFlaws Malformed = SmtpReplyFlaws.NoCode | SmtpReplyFlaws.MissingSeparator | SmtpReplyFlaws.MixedCodes;

    /// <summary>The annotation of <paramref name="reply"/> given what <paramref name="context"/> knows.</summary>
    public static SmtpAnnotation Annotate(SmtpReply reply, SmtpAnnotationContext context) =>
        Annotate(new ReplyFacts(reply, context), out _);

    /// <summary>The annotation, and the table's reading that it was built from (for <c>explain --why</c>).</summary>
    internal static SmtpAnnotation Annotate(ReplyFacts facts, out RuleConsultation consultation)
    {
        var reply = facts.Reply;
        var isFailure = reply.Code / 100 is 4 or 5;
        consultation = Consult(facts);
        var (meaning, causes, next) = (consultation.Meaning, consultation.Causes, consultation.Next);

        var severity = (reply.Flaws & Malformed) != 0 || reply.Code / 100 is < 2 or > 5
            ? AssistSeverity.ProtocolWarning
            : ReplyCodeCatalog.SeverityOf(reply.Code);
        // Hints add causes only to failures and flawed replies: a plain success needs no list of its own.
        var mayHaveCauses = isFailure || reply.Flaws != SmtpReplyFlaws.None || reply.Code / 100 is < 2 or > 5;
        var causeList = mayHaveCauses ? causes is null ? [] : new List<string>(causes) : null;
        next ??= NextSteps.Default(facts);

        // The wording says what happened; where the registry's meaning of the enhanced code is another, say so.
        var contradicted = consultation is { Matched.HasText: true, Registry: { General: false } registry } && registry.Concept != consultation.Matched.Concept;
        meaning = EnhancedCodeText.Append(meaning ?? ReplyCodeCatalog.Meaning(reply.Code), reply, facts.Enhanced, contradicted);
        meaning = AnnotationHints.Apply(facts, meaning, causeList, ref next);
        if (reply.Code == 0) next = new KnowledgeScope(facts.Knowledge, facts, facts.Context.Port).Say("not-smtp-port");
        var matched = consultation.Matched;
        return new SmtpAnnotation(reply, facts.After, severity, meaning, causeList is null ? [] : Deduplicated(causeList), next,
            matched?.Id, consultation.Concept);
    }

    /// <summary>
    /// What the rows say, before hints and defaults: the concept from the first matching row, each part from the first
    /// matching row that has it, causes only for a failure (null otherwise).
    /// </summary>
    internal static RuleConsultation Consult(ReplyFacts facts)
    {
        var isFailure = facts.Code / 100 is 4 or 5;
        ReplyRule? matched = null, meaningRow = null, causesRow = null, nextRow = null;
        string? meaning = null, next = null;
        IReadOnlyList<string>? causes = null;
        var annotationRules = facts.Knowledge.ForAnnotation(facts.Code, facts.RuleVerb);
        var enhanced = facts.Enhanced;
        var plain = annotationRules.WithoutWording;
        var plainIndex = 0;
        // The wording rows worth a look: those naming a fragment the reply holds (the reply is searched only if some may apply).
        var wordingRanks = annotationRules.HasWordingRules ? facts.CandidateRanks : null;
        var word = 0;
        var bits = wordingRanks is null ? 0UL : wordingRanks[0] & annotationRules.WordingRanks[0];
        while (true)
        {
            // The next row by rank: the next row without wording, or the next wording row the reply may match.
            while (bits == 0 && wordingRanks is not null && ++word < wordingRanks.Length) bits = wordingRanks[word] & annotationRules.WordingRanks[word];
            var wordingRank = bits == 0 ? int.MaxValue : word * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
            var plainRank = plainIndex < plain.Length ? plain[plainIndex].Rank : int.MaxValue;
            if (wordingRank == int.MaxValue && plainRank == int.MaxValue) break;
            ReplyRule rule;
            if (plainRank < wordingRank)
            {
                rule = plain[plainIndex++];
            }
            else
            {
                rule = annotationRules.ByRank[wordingRank];
                bits &= bits - 1;
            }
            var addsMeaning = meaning is null && rule.HasMeaning;
            var addsCauses = isFailure && causes is null && rule.CauseCount > 0;
            var addsNext = next is null && rule.HasNext;
            // A row that could only fill parts already filled need not be matched.
            if (matched is not null && !addsMeaning && !addsCauses && !addsNext) continue;
            if (!rule.MatchesEnhanced(enhanced)) continue;
            if (rule.HasText && !rule.MatchesText(facts.FoundFragments)) continue;
            matched ??= rule;
            if (addsMeaning)
            {
                meaning = rule.MeaningFor(facts);
                meaningRow = rule;
            }
            if (addsCauses)
            {
                causes = rule.Causes;
                causesRow = rule;
            }
            if (addsNext)
            {
                next = rule.NextFor(facts);
                nextRow = rule;
            }
            // Only failures list causes: on any other reply they are never waited for.
            if (meaning is not null && (causes is not null || !isFailure) && next is not null) break;
        }
        // The registry's reading of the enhanced code: what the reply means when no row reads it more closely.
        // Only a failure's enhanced code is read: the registry describes what went wrong.
        var registry = isFailure && enhanced is { Class: 4 or 5 } failureCode ? facts.Knowledge.Registry(failureCode) : null;
        var concept = matched?.Concept;
        // A general code (x.5.1 "invalid command") says less than a row for the command it answers.
        if (registry is not null && matched is not { IsSpecific: true } && !(registry.General && matched is { After.Count: > 0 }))
        {
            concept = registry.Concept;
            if (isFailure && registry.Causes.Count > 0 && causesRow is not { IsSpecific: true }) causes = registry.Causes;
        }
        return new RuleConsultation(matched, concept, meaning, meaningRow, causes, causesRow, next, nextRow, registry);
    }

    /// <summary>The causes without repeats, first occurrence kept; the list itself when it has none.</summary>
    private static IReadOnlyList<string> Deduplicated(List<string> causes)
    {
        for (var i = 1; i < causes.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(causes[i], causes[j], StringComparison.Ordinal)) return causes.Distinct(StringComparer.Ordinal).ToList();
            }
        }
        return causes;
    }
}
