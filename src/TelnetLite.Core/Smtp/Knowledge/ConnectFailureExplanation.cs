using TelnetLite.Core.Session;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>TelnetLite's diagnosis of a failed connect, in the style of a reply's annotation.</summary>
/// <param name="Kind">The failure explained.</param>
/// <param name="Meaning">What happened, in one sentence.</param>
/// <param name="Causes">Likely causes, most likely first, in the seed's words where it gives them.</param>
/// <param name="Next">What to check or try next.</param>
internal sealed record ConnectFailureExplanation(ConnectFailureKind Kind, string Meaning, IReadOnlyList<string> Causes, string Next)
{
    /// <summary>
    /// The lines without marker, like <see cref="SmtpAnnotation.ToLines"/>: <c>connect failed: &lt;meaning&gt;</c>, then
    /// <c>cause: ...</c> lines, then <c>next: ...</c>.
    /// </summary>
    public IReadOnlyList<string> ToLines()
    {
        var lines = new List<string>(Causes.Count + 2) { "connect failed: " + Meaning };
        foreach (var cause in Causes) lines.Add("cause: " + cause);
        lines.Add("next: " + Next);
        return lines;
    }
}
