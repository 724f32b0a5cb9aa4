using System.Globalization;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>The knowledge table as <c>explain --list</c> prints it, and the <c>why:</c> lines of <c>explain --why</c>.</summary>
internal static class KnowledgeListing
{
    /// <summary>One line per row, highest priority first: id, priority, what it matches, concept, meaning.</summary>
    public static IReadOnlyList<string> Lines(KnowledgeBase knowledge)
    {
        var lines = new List<string>(knowledge.Rows.Count);
        foreach (var row in knowledge.Rows)
        {
            var data = row.Row;
            var meaning = data.Meaning ?? "(meaning from a lower row)";
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{row.Id}\t{row.Priority}\t{Matches(data)}\t{row.Concept}\t{meaning}"));
        }
        return lines;
    }

    /// <summary>Which rows gave the annotation its parts, and what of each matched the reply.</summary>
    public static IEnumerable<string> Why(ReplyFacts facts, RuleConsultation consultation)
    {
        if (consultation.Matched is not { } matched)
        {
            yield return "why: no row of the knowledge table matches; the meaning is the code's own (RFC 5321 §4.2)";
            yield break;
        }
        yield return string.Create(CultureInfo.InvariantCulture,
            $"why: row {matched.Id} (priority {matched.Priority}, concept {matched.Concept}) matched: {Reasons(matched, facts)}");
        if (consultation.MeaningRow is { } meaningRow && meaningRow != matched) yield return $"why: the meaning is row {meaningRow.Id}'s";
        if (consultation.CausesRow is { } causesRow && causesRow != matched) yield return $"why: the causes are row {causesRow.Id}'s";
        if (consultation.NextRow is { } nextRow && nextRow != matched) yield return $"why: the next step is row {nextRow.Id}'s";
        if (consultation.Registry is { General: false } registry && registry.Concept != matched.Concept)
        {
            yield return matched.IsSpecific
                ? $"why: the enhanced code {facts.Enhanced} is registered for {registry.Concept} (registry {registry.Written}); the row reads {matched.Concept}, and the row wins"
                : $"why: the enhanced code {facts.Enhanced} reads as {registry.Concept} (registry {registry.Written}), which no wording contradicts";
        }
        yield return $"why: source: {matched.Row.Source}";
    }

    private static string Reasons(ReplyRule rule, ReplyFacts facts)
    {
        var data = rule.Row;
        var reasons = new List<string>();
        reasons.Add(data.Codes is { Count: > 0 } codes ? $"code {facts.Code} is one of {string.Join(' ', codes)}" : $"any code ({facts.Code})");
        if (data.Enhanced is { Count: > 0 } enhanced) reasons.Add($"enhanced code {facts.Enhanced} matches {string.Join(' ', enhanced)}");
        if (data.After is { Count: > 0 } after) reasons.Add(facts.RuleVerb is null ? $"the command is unknown and the row needs {string.Join(' ', after)}" : $"it answers {VerbNames.Name(facts.RuleVerb.Value)}");
        if (data.Text is { Count: > 0 } text)
        {
            var found = text.Where(alternative => KnowledgeBuilder.Parts(alternative)
                .All(part => facts.Text.Contains(part, StringComparison.OrdinalIgnoreCase))).ToList();
            reasons.Add($"the text contains \"{string.Join("\", \"", found)}\"");
        }
        return string.Join("; ", reasons);
    }

    private static string Matches(KnowledgeRowData data)
    {
        var parts = new List<string>
        {
            data.Codes is { Count: > 0 } codes ? string.Join(',', codes) : "any code",
        };
        if (data.Enhanced is { Count: > 0 } enhanced) parts.Add(string.Join(',', enhanced));
        parts.Add(data.After is { Count: > 0 } after ? "after " + string.Join(',', after) : "after any command");
        if (data.Text is { Count: > 0 } text) parts.Add("text \"" + string.Join("\" | \"", text) + "\"");
        return string.Join(' ', parts);
    }
}
