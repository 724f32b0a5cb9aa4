using TelnetLite.Core.Text;

namespace TelnetLite.Core.Assist;

/// <summary>One thing an assistant has to say: an annotation of a reply, or a warning about a line.</summary>
/// <param name="Severity">Decides colour and wording.</param>
/// <param name="Lines">
/// The text, without any marker: the first line is the headline
/// (<c>250 2.1.0 success: ...</c> or <c>warning: ...</c>), then <c>cause: ...</c> lines, then one <c>next: ...</c>.
/// Plain mode prints each with <c># </c> before it; the log writes each with the <c>#</c> marker.
/// </param>
/// <param name="Detail">The protocol's own structured payload (e.g. an SMTP annotation) for richer views; may be null.</param>
public sealed record AssistMessage(AssistSeverity Severity, IReadOnlyList<string> Lines, object? Detail = null)
{
    private readonly IReadOnlyList<string> _lines = Visible(Lines);

    /// <summary>The text lines, safe for a terminal: every front end shows them as they are.</summary>
    /// <remarks>
    /// An annotation quotes the server (a NUL in <c>AUTH LOGIN PLAIN</c>, a greeting with an escape sequence): this is
    /// where that text leaves the assistant for a screen, so control characters are made visible here, once, with
    /// <see cref="TerminalText.Visible(string)"/>.
    /// </remarks>
    public IReadOnlyList<string> Lines
    {
        get => _lines;
        init => _lines = Visible(value);
    }

    private static IReadOnlyList<string> Visible(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string[]? safe = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var visible = TerminalText.Visible(lines[i]);
            if (safe is null && ReferenceEquals(visible, lines[i])) continue;
            if (safe is null)
            {
                safe = new string[lines.Count];
                for (var j = 0; j < i; j++) safe[j] = lines[j];
            }
            safe[i] = visible;
        }
        // Already safe (nearly always): the caller's list is kept, so equality and identity hold as before.
        return safe ?? lines;
    }
}
