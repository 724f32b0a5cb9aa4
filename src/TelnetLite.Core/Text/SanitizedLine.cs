namespace TelnetLite.Core.Text;

/// <summary>A line as it may be sent, and what <see cref="OutgoingLineSanitizer"/> removed from it.</summary>
/// <param name="Text">The line without its control characters.</param>
/// <param name="RemovedCount">How many characters were removed.</param>
/// <param name="RemovedNames">The removed characters in caret notation (<c>^H</c>, <c>^[</c>, <c>^?</c>), each once, in order of first appearance.</param>
public sealed record SanitizedLine(string Text, int RemovedCount, IReadOnlyList<string> RemovedNames)
{
    /// <summary>Whether anything was removed.</summary>
    public bool Changed => RemovedCount > 0;

    /// <summary>The note for the user, e.g. <c>removed 2 control characters (^H)</c>; null when nothing was removed.</summary>
    public string? Describe() => RemovedCount switch
    {
        0 => null,
        1 => $"removed 1 control character ({string.Join(", ", RemovedNames)})",
        _ => $"removed {RemovedCount} control characters ({string.Join(", ", RemovedNames)})",
    };
}
