using System.Globalization;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Turns the table as written into rows ready to match, and lists every fault it finds on the way.</summary>
internal static class KnowledgeBuilder
{
    private static readonly Dictionary<string, SmtpVerb> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["connect"] = SmtpVerb.Connect, ["HELO"] = SmtpVerb.Helo, ["EHLO"] = SmtpVerb.Ehlo, ["LHLO"] = SmtpVerb.Ehlo,
        ["MAIL"] = SmtpVerb.Mail, ["RCPT"] = SmtpVerb.Rcpt, ["DATA"] = SmtpVerb.Data, ["BDAT"] = SmtpVerb.Bdat,
        ["RSET"] = SmtpVerb.Rset, ["NOOP"] = SmtpVerb.Noop, ["QUIT"] = SmtpVerb.Quit, ["VRFY"] = SmtpVerb.Vrfy,
        ["EXPN"] = SmtpVerb.Expn, ["HELP"] = SmtpVerb.Help, ["ETRN"] = SmtpVerb.Etrn, ["AUTH"] = SmtpVerb.Auth,
        ["STARTTLS"] = SmtpVerb.StartTls, ["."] = SmtpVerb.EndOfData, ["unknown"] = SmtpVerb.Unknown,
    };

    /// <summary>The command names a row's <c>after</c> may use.</summary>
    public static IEnumerable<string> CommandNames => Commands.Keys;

    /// <summary>A row's <c>after</c> name as a verb.</summary>
    public static bool TryParseCommand(string name, out SmtpVerb verb) => Commands.TryGetValue(name, out verb);

    public static KnowledgeBase Build(KnowledgeDocument document, List<string> problems,
        Func<Dictionary<string, string>, Dictionary<string, KnowledgeTemplate>, List<ReplyRule>, FragmentTable, RegistryReading[], KnowledgeBase> create)
    {
        var steps = (document.Steps ?? []).ToDictionary(pair => pair.Key, pair => KnowledgeTemplate.Parse(pair.Value), StringComparer.Ordinal);
        var causes = new Dictionary<string, string>(document.Causes ?? [], StringComparer.Ordinal);
        foreach (var (id, step) in steps) CheckNames($"step \"{id}\"", step, steps, problems);
        foreach (var (id, text) in causes)
        {
            if (string.IsNullOrWhiteSpace(text)) problems.Add($"cause \"{id}\" has no text");
        }

        // Every wording part of every row, numbered once for the scan that finds them all in a reply.
        var alternativesByRow = document.Rules.Select(row => (row.Text ?? []).Select(Parts).ToArray()).ToList();
        var fragments = new FragmentTable(alternativesByRow.SelectMany(alternatives => alternatives.SelectMany(parts => parts)));

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<ReplyRule>(document.Rules.Count);
        for (var order = 0; order < document.Rules.Count; order++)
        {
            var row = document.Rules[order];
            var where = $"row \"{row.Id}\"";
            if (row.Id.Length == 0) problems.Add($"row {order + 1} has no id");
            else if (!ids.Add(row.Id)) problems.Add($"{where} is there twice");
            if (row.Concept.Length == 0) problems.Add($"{where} names no concept");
            if (row.Source.Length == 0) problems.Add($"{where} cites no source");
            if (row.Examples.Count == 0) problems.Add($"{where} has no example reply");

            var codes = ReadCodes(row, where, problems);
            var enhanced = new List<EnhancedPattern>();
            foreach (var pattern in row.Enhanced ?? [])
            {
                if (EnhancedPattern.TryParse(pattern, out var parsed)) enhanced.Add(parsed);
                else problems.Add($"{where}: \"{pattern}\" is no enhanced code pattern (x.1.1, 5.7.26, x.7.606-649)");
            }
            ulong afterMask = 0;
            var after = new List<SmtpVerb>();
            foreach (var name in row.After ?? [])
            {
                if (!Commands.TryGetValue(name, out var verb))
                {
                    problems.Add($"{where}: \"{name}\" is no command ({string.Join(", ", Commands.Keys)})");
                    continue;
                }
                afterMask |= 1UL << (int)verb;
                after.Add(verb);
            }
            var causeTexts = new List<string>();
            foreach (var cause in row.Causes ?? [])
            {
                if (causes.TryGetValue(cause, out var text)) causeTexts.Add(text);
                else problems.Add($"{where} names cause \"{cause}\", which the causes table does not have");
            }
            var meaning = row.Meaning is null ? null : KnowledgeTemplate.Parse(row.Meaning);
            var next = row.Next is null ? null : KnowledgeTemplate.Parse(row.Next);
            if (meaning is not null) CheckNames(where, meaning, steps, problems);
            if (next is not null) CheckNames(where, next, steps, problems);
            var alternatives = alternativesByRow[order];
            int[][]? fragmentIds = alternatives.Length == 0 ? null : alternatives.Select(parts => parts.Select(fragments.IdOf).ToArray()).ToArray();
            rows.Add(new ReplyRule(row, order, causeTexts, meaning, next, codes, [.. enhanced], afterMask, fragmentIds) { After = after });
        }
        foreach (var row in document.Rules)
        {
            foreach (var beaten in row.Beats ?? [])
            {
                if (!ids.Contains(beaten)) problems.Add($"row \"{row.Id}\" beats \"{beaten}\", which the table does not have");
            }
        }
        var registry = new List<RegistryReading>();
        foreach (var (pattern, entry) in document.Registry ?? [])
        {
            if (!EnhancedPattern.TryParse(pattern, out var parsed)) problems.Add($"registry: \"{pattern}\" is no enhanced code pattern");
            if (entry.Concept.Length == 0) problems.Add($"registry: \"{pattern}\" names no concept");
            var texts = new List<string>();
            foreach (var cause in entry.Causes ?? [])
            {
                if (causes.TryGetValue(cause, out var text)) texts.Add(text);
                else problems.Add($"registry: \"{pattern}\" names cause \"{cause}\", which the causes table does not have");
            }
            registry.Add(new RegistryReading(parsed, pattern, entry.Concept, texts, entry.Causes ?? [], entry.General));
        }
        foreach (var step in steps.Values) step.Link(steps);
        foreach (var row in rows)
        {
            row.Meaning?.Link(steps);
            row.Next?.Link(steps);
        }
        return create(causes, steps, rows, fragments, [.. registry]);
    }

    /// <summary>A wording alternative: parts separated by <c>*</c>, all of which must occur (<c>mailbox*full</c>).</summary>
    /// <remarks>A phrase without <c>*</c> is kept as written, its blanks included (<c>" id="</c> is not <c>"InternalId="</c>).</remarks>
    public static string[] Parts(string alternative) =>
        alternative.Contains('*') ? alternative.Split('*', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [alternative];

    private static bool[]? ReadCodes(KnowledgeRowData row, string where, List<string> problems)
    {
        if (row.Codes is not { Count: > 0 } written) return null;
        var codes = new bool[1000];
        foreach (var code in written)
        {
            if (code.Length == 3 && char.IsAsciiDigit(code[0]) && code[1..] == "xx")
            {
                var first = (code[0] - '0') * 100;
                for (var c = first; c < first + 100; c++) codes[c] = true;
            }
            else if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 100 and <= 999)
            {
                codes[number] = true;
            }
            else
            {
                problems.Add($"{where}: \"{code}\" is no reply code (550) or class (5xx)");
            }
        }
        return codes;
    }

    private static void CheckNames(string where, KnowledgeTemplate template, Dictionary<string, KnowledgeTemplate> steps, List<string> problems)
    {
        foreach (var name in template.Names)
        {
            if (!steps.ContainsKey(name) && !KnowledgeVariables.Names.Contains(name))
                problems.Add($"{where} uses {{{name}}}, which is neither a step nor a value TelnetLite computes");
        }
    }
}
