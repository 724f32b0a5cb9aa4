using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Smtp;

/// <summary>What TelnetLite says about one reply: its meaning in context, likely causes and the next step.</summary>
/// <param name="Reply">The reply explained.</param>
/// <param name="After">The command it answers (<see cref="SmtpVerb.Connect"/> for the greeting), or null when unknown.</param>
/// <param name="Severity">Success, intermediate, transient or permanent failure, or protocol warning.</param>
/// <param name="Meaning">One sentence: what the reply means after that command.</param>
/// <param name="Causes">Likely causes, most likely first; empty for a plain success.</param>
/// <param name="Next">What to type or do next; null when nothing is to be done.</param>
/// <param name="RuleId">The id of the knowledge table's row that recognised the reply (<c>telnetlite explain --list</c>); null when none did.</param>
/// <param name="Concept">What happened, as the row names it (<c>recipient-unknown</c>, <c>greylisting</c>...); null when no row recognised the reply.</param>
public sealed record SmtpAnnotation(
    SmtpReply Reply,
    SmtpVerb? After,
    AssistSeverity Severity,
    string Meaning,
    IReadOnlyList<string> Causes,
    string? Next,
    string? RuleId = null,
    string? Concept = null)
{
    /// <summary>
    /// The annotation as text lines without marker: <c>&lt;code&gt; &lt;enhanced code&gt; &lt;severity&gt;: &lt;meaning&gt;</c>,
    /// then <c>cause: ...</c> lines, then <c>next: ...</c>.
    /// </summary>
    public IReadOnlyList<string> ToLines()
    {
        var lines = new List<string>(Causes.Count + 2);
        var code = Reply.Code == 0 ? "???" : Reply.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var enhanced = Reply.Enhanced is { } e ? " " + e : "";
        lines.Add($"{code}{enhanced} {SeverityWord(Severity)}: {Meaning}");
        foreach (var cause in Causes) lines.Add("cause: " + cause);
        if (Next is not null) lines.Add("next: " + Next);
        return lines;
    }

    /// <summary>The word used for a severity in annotations.</summary>
    public static string SeverityWord(AssistSeverity severity) => severity switch
    {
        AssistSeverity.Success => "success",
        AssistSeverity.Intermediate => "intermediate",
        AssistSeverity.TransientFailure => "transient failure",
        AssistSeverity.PermanentFailure => "permanent failure",
        AssistSeverity.ProtocolWarning => "protocol warning",
        _ => "info",
    };
}
