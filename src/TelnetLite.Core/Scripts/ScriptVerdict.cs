namespace TelnetLite.Core.Scripts;

/// <summary>Turns a run's incidents into its exit code, failed stage and summary.</summary>
/// <remarks>
/// The first incident that counts decides. In a script with <c>!expect</c> lines those decide (a refused command that
/// was expected is a success); without, every stage's reply is judged, a refused RCPT counting only when no recipient
/// of its transaction was accepted. A run that could not go on (exit 2, 3, 4) counts either way.
/// </remarks>
internal static class ScriptVerdict
{
    public static (ExitCode Code, SmtpScriptStage? Stage, string Summary) Decide(
        bool hasExpectations, IReadOnlyList<ScriptIncident> incidents, IReadOnlySet<int> groupsWithRecipient)
    {
        foreach (var incident in incidents)
        {
            var counts = incident.Kind switch
            {
                ScriptIncidentKind.Aborted => true,
                ScriptIncidentKind.ExpectationFailed => hasExpectations,
                _ => !hasExpectations && !(incident.RcptGroup is { } group && groupsWithRecipient.Contains(group)),
            };
            if (counts) return (incident.Code, incident.Stage, incident.Text);
        }

        return (ExitCode.Ok, null, hasExpectations ? "every expectation held" : "every SMTP stage succeeded");
    }
}
