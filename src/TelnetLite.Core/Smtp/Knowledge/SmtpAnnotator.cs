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
        string? meaning = null;
        IReadOnlyList<string>? causes = null;
        string? next = null;
        foreach (var rule in RuleBook.For(reply.Code))
        {
            if (!rule.Matches(facts)) continue;
            meaning ??= rule.MeaningFor(facts);
            if (causes is null && rule.Causes.Count > 0) causes = rule.Causes;
            next ??= rule.NextFor(facts);
            if (meaning is not null && causes is not null && next is not null) break;
        }

        var severity = (reply.Flaws & Malformed) != 0 || reply.Code / 100 is < 2 or > 5
            ? AssistSeverity.ProtocolWarning
            : ReplyCodeCatalog.SeverityOf(reply.Code);
        var isFailure = reply.Code / 100 is 4 or 5;
        var causeList = new List<string>();
        if (isFailure && causes is not null) causeList.AddRange(causes);
        next ??= NextSteps.Default(facts);

        meaning = WithEnhancedCode(meaning ?? ReplyCodeCatalog.Meaning(reply.Code), reply);
        meaning = AnnotationHints.Apply(facts, meaning, causeList, ref next);
        if (reply.Code == 0) next = "check the port: SMTP listens on 25, 587 and 465 (TLS from the start)";
        return new SmtpAnnotation(reply, facts.After, severity, meaning, Deduplicated(causeList), next);
    }

    private static string WithEnhancedCode(string meaning, SmtpReply reply)
    {
        if (reply.Enhanced is not { } enhanced) return meaning;
        // "2.0.0 success" would only repeat the severity.
        if (enhanced is { Class: 2, Subject: 0, Detail: 0 } && reply.Code / 100 == 2) return meaning;
        var described = $"{meaning} ({enhanced} {EnhancedStatusCatalog.Describe(enhanced)})";
        return reply.Code / 100 is 2 or 4 or 5 && enhanced.Class != reply.Code / 100
            ? $"{described}; the enhanced code's class {enhanced.Class} contradicts the reply code"
            : described;
    }

    private static IReadOnlyList<string> Deduplicated(List<string> causes)
    {
        if (causes.Count < 2) return causes;
        return causes.Distinct(StringComparer.Ordinal).ToList();
    }
}
