namespace TelnetLite.Core.Text;

/// <summary>A line as it may be sent, and what <see cref="OutgoingLineSanitizer"/> did to the line as typed.</summary>
/// <param name="Text">The line the user meant: erases applied, escape sequences and control characters removed.</param>
/// <param name="RemovedCount">
/// How many characters of the typed line are not sent: the controls, the escape sequences and the characters the
/// backspaces erased.
/// </param>
/// <param name="RemovedNames">
/// What was taken out, in caret notation, each once, in order of first appearance: <c>^H</c> and <c>^?</c> for the
/// erases, a whole escape sequence such as <c>^[[A</c>, <c>^G</c> for another control.
/// </param>
internal sealed record SanitizedLine(string Text, int RemovedCount, IReadOnlyList<string> RemovedNames)
{
    /// <summary>How many BS or DEL erased the character before them.</summary>
    public int ErasesApplied { get; init; }

    /// <summary>How many BS or DEL had nothing before them to erase, and were dropped.</summary>
    public int ErasesWithNothingBefore { get; init; }

    /// <summary>Each escape sequence removed, in caret notation (<c>^[[A</c>), in order, repeats included.</summary>
    public IReadOnlyList<string> EscapeSequences { get; init; } = [];

    /// <summary>How many other control characters (not BS, DEL or part of an escape sequence) were removed.</summary>
    public int ControlsRemoved { get; init; }

    /// <summary>Whether the line sent differs from the line typed.</summary>
    public bool Changed => RemovedCount > 0;

    /// <summary>
    /// The note for the user, e.g. <c>applied 1 backspace; removed an escape sequence (^[[A)</c>; null when the line
    /// is sent as typed.
    /// </summary>
    public string? Describe()
    {
        if (!Changed) return null;
        var parts = new List<string>(4);
        if (ErasesApplied > 0) parts.Add($"applied {Count(ErasesApplied, "backspace", "backspaces")}");
        if (ErasesWithNothingBefore > 0)
            parts.Add($"dropped {Count(ErasesWithNothingBefore, "backspace", "backspaces")} with nothing before {(ErasesWithNothingBefore == 1 ? "it" : "them")} to erase");
        if (EscapeSequences.Count > 0)
        {
            var distinct = string.Join(", ", EscapeSequences.Distinct(StringComparer.Ordinal));
            parts.Add(EscapeSequences.Count == 1
                ? $"removed an escape sequence ({distinct})"
                : $"removed {EscapeSequences.Count} escape sequences ({distinct})");
        }
        if (ControlsRemoved > 0)
        {
            var names = RemovedNames.Where(name => name is not ("^H" or "^?") && !EscapeSequences.Contains(name));
            parts.Add($"removed {Count(ControlsRemoved, "control character", "control characters")} ({string.Join(", ", names)})");
        }
        return string.Join("; ", parts);
    }

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
