using System.Text;

namespace TelnetLite.Core.Text;

/// <summary>
/// Removes control characters from a line before it is sent, so that a backspace or an arrow key typed or
/// piped in never reaches the server raw (classic telnet's "500 5.3.3 Unrecognized command").
/// </summary>
/// <remarks>
/// Removes every C0 control except TAB (U+0000–U+001F, ESC and any CR or LF inside the line included) and
/// DEL (U+007F); everything else is kept as it is. The session adds the line ending itself.
/// </remarks>
public static class OutgoingLineSanitizer
{
    /// <summary>Returns <paramref name="line"/> without its control characters, and what was removed.</summary>
    public static SanitizedLine Sanitize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Any(IsRemoved))
        {
            return new SanitizedLine(line, 0, []);
        }

        var kept = new StringBuilder(line.Length);
        var names = new List<string>();
        var removed = 0;
        foreach (var character in line)
        {
            if (!IsRemoved(character))
            {
                kept.Append(character);
                continue;
            }

            removed++;
            var name = character == '\x7F' ? "^?" : $"^{(char)(character + 0x40)}";
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return new SanitizedLine(kept.ToString(), removed, names);
    }

    private static bool IsRemoved(char character) => (character < ' ' && character != '\t') || character == '\x7F';
}
