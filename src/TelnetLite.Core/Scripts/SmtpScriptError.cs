namespace TelnetLite.Core.Scripts;

/// <summary>Why one line of a script cannot be run.</summary>
/// <param name="LineNumber">The 1-based line.</param>
/// <param name="Reason">What is wrong, in words a person can act on.</param>
public sealed record SmtpScriptError(int LineNumber, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber}: {Reason}";
}
