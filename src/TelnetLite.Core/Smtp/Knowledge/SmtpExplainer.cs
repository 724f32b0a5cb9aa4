namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary><c>telnetlite explain [--after COMMAND] REPLY...</c>: explains replies with no connection.</summary>
/// <remarks>
/// <para>
/// The reply is text: the words of the command line form one reply line (<c>550 5.7.57 Client not authenticated</c>
/// given as words or as one quoted argument is the same), and text read from standard input may hold several
/// replies, multi-line ones included. Blank lines are skipped.
/// </para>
/// <para>
/// With <c>--after</c> each reply is explained after that command. Without it, each is explained for every command
/// it may answer (RFC 5321 §4.3.2), each block headed <c>after EHLO:</c>, <c>after MAIL:</c>...; a reply whose
/// wording or enhanced code names its command (<c>250 2.1.5</c>, <c>Relay access denied</c>) gets only that
/// command's block, and a code that may answer any command one block headed <c>after any command:</c>.
/// </para>
/// <para>
/// The lines are the <c>--annotate</c> lines without <c># </c> (see <see cref="SmtpAnnotation.ToLines"/>); an EHLO
/// reply's keywords follow as <c>capability: ...</c> lines. Replies and blocks are separated by an empty line.
/// Text that is not a reply gives exit code 1 and an error; flawed replies are explained as protocol warnings. A
/// reply whose last line is missing (a continuation line such as <c>550-5.1.1 ...</c> pasted alone) is explained from
/// the lines given, after a <c>note:</c> line saying that the reply goes on. With <c>--why</c>, <c>why:</c> lines
/// name the table's row that recognised the reply and what of it matched. Pure and total: never throws.
/// </para>
/// </remarks>
public static class SmtpExplainer
{
    /// <summary>Explains the reply given as command-line words (joined by spaces into one line).</summary>
    /// <param name="words">The REPLY... arguments; a single argument may also hold several lines.</param>
    /// <param name="after">The <c>--after</c> value, or null to explain for every command the code may answer.</param>
    /// <param name="why">Add <c>why:</c> lines: which row of the knowledge table matched, and why.</param>
    public static SmtpExplainResult Explain(IReadOnlyList<string> words, string? after = null, bool why = false) =>
        ExplainText(string.Join(' ', words), after, why);

    /// <summary>The knowledge table, one row per line, highest priority first (<c>telnetlite explain --list</c>).</summary>
    public static IReadOnlyList<string> ListTable() => KnowledgeListing.Lines(KnowledgeBase.Current);

    /// <summary>Explains every reply in <paramref name="text"/> (e.g. all of standard input).</summary>
    /// <param name="text">One or more replies, one line each, multi-line replies as <c>250-...</c> lines ended by <c>250 ...</c>.</param>
    /// <param name="after">The <c>--after</c> value, or null to explain for every command the code may answer.</param>
    /// <param name="why">Add <c>why:</c> lines: which row of the knowledge table matched, and why.</param>
    public static SmtpExplainResult ExplainText(string text, string? after = null, bool why = false)
    {
        SmtpVerb? verb = null;
        if (after is not null)
        {
            if (!TryParseCommand(after, out var parsed))
                return Failed($"--after does not know \"{after}\": give one of {VerbNames.Accepted}");
            verb = parsed;
        }
        if (!ReplyTextReader.TryReadWithContinuation(text ?? "", out var replies, out var error)) return Failed(error!);

        var lines = new List<string>();
        foreach (var (reply, continues) in replies)
        {
            if (lines.Count > 0) lines.Add("");
            if (continues)
            {
                lines.Add(reply.Lines.Count == 1
                    ? $"note: this is a continuation line ({reply.Code:000}- with a hyphen): the reply goes on after it, and only this line is explained"
                    : $"note: every line given ends with a hyphen ({reply.Code:000}-): the reply goes on after them, and only these lines are explained");
            }
            if (verb is not null)
            {
                AddExplanation(lines, reply, verb, why);
                continue;
            }
            var first = true;
            foreach (var candidate in CommandsFor(reply))
            {
                if (!first) lines.Add("");
                first = false;
                lines.Add(VerbNames.Heading(candidate));
                AddExplanation(lines, reply, candidate, why);
            }
        }
        return new SmtpExplainResult(0, lines, null);
    }

    /// <summary>Reads an <c>--after</c> value: a verb in any case, <c>connect</c> for the greeting, <c>.</c> for the end of the message.</summary>
    public static bool TryParseCommand(string name, out SmtpVerb verb) => VerbNames.TryParse(name, out verb);

    private static void AddExplanation(List<string> lines, SmtpReply reply, SmtpVerb? verb, bool why)
    {
        var annotation = SmtpAnnotator.Annotate(new ReplyFacts(reply, new SmtpAnnotationContext(null, verb)), out var consultation);
        lines.AddRange(annotation.ToLines());
        if (why) lines.AddRange(KnowledgeListing.Why(new ReplyFacts(reply, new SmtpAnnotationContext(null, verb)), consultation));
        if (reply.Code == 250 && verb is SmtpVerb.Ehlo or SmtpVerb.Lhlo && reply.Lines.Count > 1 && EhloReader.LoneKeywordLine(reply) is null)
        {
            foreach (var capability in SmtpCapabilityExplainer.Explain(SmtpCapabilities.FromEhloReply(reply)))
                lines.Add("capability: " + capability);
        }
    }

    /// <summary>The commands a reply is explained after when none is given: its wording's, else RFC 5321's table.</summary>
    private static IReadOnlyList<SmtpVerb?> CommandsFor(SmtpReply reply)
    {
        // Only EHLO (or LHLO) answers with a multi-line 250 listing keywords, or with a line holding a keyword alone.
        if (reply.Code == 250 && (reply.Lines.Count > 1 || EhloReader.LoneKeywordLine(reply) is not null)) return [SmtpVerb.Ehlo];
        var facts = new ReplyFacts(reply, new SmtpAnnotationContext(null, null));
        foreach (var rule in facts.Knowledge.For(reply.Code))
        {
            if (!rule.IsSpecific || !rule.MatchesIgnoringCommand(facts)) continue;
            // "unknown" (a line that was no command) is for replies to pasted lines; explain shows the real commands.
            var commands = rule.After.Where(verb => verb != SmtpVerb.Unknown).Select(verb => (SmtpVerb?)verb).ToList();
            return commands.Count == 0 ? [null] : commands;
        }
        return ReplyCommandTable.For(reply.Code);
    }

    private static SmtpExplainResult Failed(string error) => new(1, [], error);
}
