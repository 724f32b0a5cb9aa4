using System.Text.Encodings.Web;
using System.Text.Json;

namespace TelnetLite.Core.Scripts;

/// <summary>What a scripted run did and how it ended: the content of <c>telnetlite run --json FILE</c>.</summary>
/// <param name="Host">The server of the last connection opened; null when none was.</param>
/// <param name="Port">Its port; 0 when none was opened.</param>
/// <param name="ExitCode">The run's exit code (written as a number).</param>
/// <param name="FailedStage">The stage behind an exit code 21 to 27; null otherwise.</param>
/// <param name="Summary">One sentence on the outcome, as printed last; for a failed connect it names the host and port and
/// says what happened (<c>could not connect to HOST port N: no service is listening on that port...</c>).</param>
/// <param name="Steps">Every step in order.</param>
/// <param name="Errors">The script's errors when it was not run (exit code 1); empty otherwise.</param>
public sealed record SmtpScriptReport(
    string? Host,
    int Port,
    ExitCode ExitCode,
    SmtpScriptStage? FailedStage,
    string Summary,
    IReadOnlyList<SmtpScriptStepReport> Steps,
    IReadOnlyList<SmtpScriptError> Errors)
{
    // The generated contract with the one option its attribute cannot carry. A report is read by people and CI jobs,
    // never embedded in HTML: keep <, > and + as they are.
    private static readonly SmtpScriptReportJsonContext Json = new(new JsonSerializerOptions(SmtpScriptReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The report as indented JSON with camelCase names: <c>host</c>, <c>port</c>, <c>exitCode</c>,
    /// <c>failedStage</c>, <c>summary</c>, <c>steps[]</c> (<c>scriptLine</c>, <c>line</c>, <c>reply</c> {<c>code</c>,
    /// <c>enhancedCode</c>, <c>lines[]</c>}, <c>annotation[]</c>, <c>warnings[]</c>, <c>expectation</c>, <c>ok</c>,
    /// <c>elapsedMs</c>, <c>dropped</c>), <c>errors[]</c> (<c>lineNumber</c>, <c>reason</c>).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json.SmtpScriptReport);
}
