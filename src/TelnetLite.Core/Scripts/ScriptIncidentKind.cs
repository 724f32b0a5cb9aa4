namespace TelnetLite.Core.Scripts;

/// <summary>The kinds of <see cref="ScriptIncident"/>: which count depends on whether the script has expectations.</summary>
internal enum ScriptIncidentKind
{
    /// <summary>A 4xx or 5xx reply to a stage's command: counts only in a script without <c>!expect</c>.</summary>
    StageFailed,

    /// <summary>An <c>!expect</c> that did not hold: counts only in a script with <c>!expect</c> lines.</summary>
    ExpectationFailed,

    /// <summary>The run could not go on (connect failed, connection lost or closed early, reply timeout): always counts.</summary>
    Aborted,
}
