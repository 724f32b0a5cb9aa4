namespace TelnetLite.Core.Scripts;

/// <summary>A parsed script: what to do in order, and what is wrong with it.</summary>
/// <remarks>A script with errors must not be run at all (<c>telnetlite run</c> exits 1 before sending anything);
/// its steps hold only the lines that parsed. Comments leave no step.</remarks>
public sealed record SmtpScript(IReadOnlyList<SmtpScriptStep> Steps, IReadOnlyList<SmtpScriptError> Errors)
{
    /// <summary>True when no line had an error.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>True when the script has at least one <c>!expect</c>; then expectations alone decide the exit code.</summary>
    public bool HasExpectations => Steps.Any(step => step is ExpectStep);

    /// <summary>True when the script authenticates (<c>!auth</c>): its password must be found before connecting.</summary>
    public bool NeedsPassword => Steps.Any(step => step is AuthStep);
}
