namespace TelnetLite.Tests.Support;

/// <summary>
/// The longest received line TelnetLite shows and logs in one piece; a longer one comes in pieces of at most this
/// many bytes, with a note. The value is the pipeline's to decide (issue 8): it lives here once, for every test.
/// </summary>
internal static class OverlongLine
{
    public const int MaxBytes = 8 * 1024;

    /// <summary>Ways the note may name the maximum; a note must use one of them.</summary>
    public static readonly string[] NoteMentions = ["8 KiB", "8192", "8,192", "8 KB"];

    /// <summary>True when <paramref name="text"/> holds a line that names the maximum, as the note must.</summary>
    public static bool HasNote(string text) =>
        text.Split('\n').Any(line => NoteMentions.Any(m => line.Contains(m, StringComparison.Ordinal)));
}
