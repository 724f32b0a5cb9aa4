namespace TelnetLite.Core.Assist;

/// <summary>One step of an assisted transaction as a checklist shows it.</summary>
/// <param name="Name">The step's name (<c>MAIL FROM</c>).</param>
/// <param name="ShortName">The name where room is short (<c>MAIL</c>).</param>
/// <param name="State">Pending, in progress, ok, failed or skipped.</param>
/// <param name="Elapsed">From the command to the reply that settled it; null while unsettled.</param>
public sealed record ChecklistStep(string Name, string ShortName, ChecklistStepState State, TimeSpan? Elapsed);

/// <summary>The state of a <see cref="ChecklistStep"/>.</summary>
public enum ChecklistStepState
{
    /// <summary>Not started.</summary>
    Pending,
    /// <summary>Started, waiting for its reply.</summary>
    InProgress,
    /// <summary>Accepted.</summary>
    Ok,
    /// <summary>Refused.</summary>
    Failed,
    /// <summary>Passed over.</summary>
    Skipped,
}
