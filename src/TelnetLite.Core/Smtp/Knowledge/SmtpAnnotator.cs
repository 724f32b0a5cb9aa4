using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Explains one SMTP reply in the light of the command it answers and the conversation so far.</summary>
/// <remarks>
/// <para>
/// Severity comes from the code's class (2 success, 3 intermediate, 4 transient failure, 5 permanent failure); a
/// malformed reply (no code, a code outside 200–599, mixed codes, a missing separator) is a protocol warning.
/// </para>
/// <para>
/// Meaning depends on the command: a 250 after EHLO, MAIL, RCPT and "." each say something different. The enhanced
/// code's meaning (RFC 3463, RFC 5248's registry) follows in parentheses. Causes are listed most likely first and
/// only for failures and warnings; the seed's table gives its causes in its own words. One next step follows the
/// seed's walkthrough (EHLO, MAIL FROM, RCPT TO, DATA, the message, ".", QUIT, quit), worded with
/// <see cref="SmtpAnnotationContext.SenderDomain"/> when known. Hints come from the capabilities: AUTH needing
/// STARTTLS, NOTIFY= without DSN, a server lenient about missing angle brackets.
/// </para>
/// <para>Pure and total: no I/O, never throws, whatever the reply holds.</para>
/// </remarks>
public static class SmtpAnnotator
{
    private const SmtpReplyFlaws Malformed = SmtpReplyFlaws.NoCode | SmtpReplyFlaws.MissingSeparator | SmtpReplyFlaws.MixedCodes;

    /// <summary>The annotation of <paramref name="reply"/> given what <paramref name="context"/> knows.</summary>
    public static SmtpAnnotation Annotate(SmtpReply reply, SmtpAnnotationContext context)
    {
        var facts = new ReplyFacts(reply, context);
        var isFailure = reply.Code / 100 is 4 or 5;
        var (meaning, causes, next) = ConsultRules(facts);

        var severity = (reply.Flaws & Malformed) != 0 || reply.Code / 100 is < 2 or > 5
            ? AssistSeverity.ProtocolWarning
            : ReplyCodeCatalog.SeverityOf(reply.Code);
        // Hints add causes only to failures and flawed replies: a plain success needs no list of its own.
        var mayHaveCauses = isFailure || reply.Flaws != SmtpReplyFlaws.None || reply.Code / 100 is < 2 or > 5;
        var causeList = mayHaveCauses ? causes is null ? [] : new List<string>(causes) : null;
        next ??= NextSteps.Default(facts);

        meaning = EnhancedCodeText.Append(meaning ?? ReplyCodeCatalog.Meaning(reply.Code), reply);
        meaning = AnnotationHints.Apply(facts, meaning, causeList, ref next);
        if (reply.Code == 0) next = "check the port: SMTP listens on 25, 587 and 465 (TLS from the start)";
        return new SmtpAnnotation(reply, facts.After, severity, meaning, causeList is null ? [] : Deduplicated(causeList), next);
    }

    /// <summary>
    /// What the rules say, before hints and defaults: each part from the first matching rule that has it, causes only
    /// for a failure (null otherwise).
    /// </summary>
    internal static (string? Meaning, IReadOnlyList<string>? Causes, string? Next) ConsultRules(ReplyFacts facts)
    {
        var isFailure = facts.Code / 100 is 4 or 5;
        string? meaning = null;
        IReadOnlyList<string>? causes = null;
        string? next = null;
        var rules = RuleBook.ForAnnotation(facts.Code, facts.RuleVerb);
        var ruleList = rules.Rules;
        for (var i = 0; i < ruleList.Length; i++)
        {
            var rule = ruleList[i];
            // Earlier rules win each part; a rule that could only fill parts already filled need not be matched.
            var addsCauses = isFailure && causes is null && rule.Causes.Count > 0;
            if (!(meaning is null && rule.HasMeaning) && !addsCauses && !(next is null && rule.HasNext)) continue;
            if (!rule.MatchesEnhanced(facts.Enhanced)) continue;
            if (rules.FragmentIds[i] is { } fragments && !FragmentTable.HoldsAny(facts.FoundFragments, fragments)) continue;
            meaning ??= rule.MeaningFor(facts);
            if (addsCauses) causes = rule.Causes;
            next ??= rule.NextFor(facts);
            // Only failures list causes: on any other reply they are never waited for.
            if (meaning is not null && (causes is not null || !isFailure) && next is not null) break;
        }
        return (meaning, causes, next);
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
