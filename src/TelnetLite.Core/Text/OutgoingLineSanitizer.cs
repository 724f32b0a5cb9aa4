using System.Text;

namespace TelnetLite.Core.Text;

/// <summary>
/// Turns a line as typed or piped in into the line the user meant, before it is sent: a backspace erases, an arrow
/// key's escape sequence disappears whole, so that neither reaches the server raw (classic telnet's
/// "500 5.3.3 Unrecognized command") nor leaves a line that looks valid and is not what was typed.
/// </summary>
/// <remarks>
/// <para>BS (U+0008) and DEL (U+007F) erase the character before them, as a terminal's line editor would (a
/// surrogate pair counts as one character); with nothing before them they are dropped. An escape sequence is removed
/// whole: CSI (ESC [, parameter bytes U+0030–U+003F, intermediate bytes U+0020–U+002F, a final byte U+0040–U+007E),
/// SS3 (ESC O and one character), any other ESC with the one printable character after it. A sequence cut short
/// by the end of the line or by another control is removed as far as it went. Every other C0 control but TAB (CR
/// and LF inside the line included) is removed. Everything else is kept as it is; the session adds the line ending.</para>
/// <para>Pure; never throws for any string.</para>
/// </remarks>
internal static class OutgoingLineSanitizer
{
    private const char Escape = '\x1B';

    /// <summary>Returns the line the user meant, and what was done to get it.</summary>
    public static SanitizedLine Sanitize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Any(IsControl))
        {
            return new SanitizedLine(line, 0, []);
        }

        var kept = new StringBuilder(line.Length);
        var names = new List<string>();
        var erased = 0;
        var unmatchedErases = 0;
        var sequences = new List<string>();
        var controls = 0;
        var index = 0;
        while (index < line.Length)
        {
            var character = line[index];
            if (!IsControl(character))
            {
                kept.Append(character);
                index++;
                continue;
            }

            if (character is '\b' or '\x7F')
            {
                if (EraseLast(kept)) erased++;
                else unmatchedErases++;
                AddOnce(names, CaretName(character));
                index++;
            }
            else if (character == Escape)
            {
                var length = EscapeSequenceLength(line, index);
                var sequence = CaretText(line.AsSpan(index, length));
                sequences.Add(sequence);
                AddOnce(names, sequence);
                index += length;
            }
            else
            {
                controls++;
                AddOnce(names, CaretName(character));
                index++;
            }
        }

        var text = kept.ToString();
        return new SanitizedLine(text, line.Length - text.Length, names)
        {
            ErasesApplied = erased,
            ErasesWithNothingBefore = unmatchedErases,
            EscapeSequences = sequences,
            ControlsRemoved = controls,
        };
    }

    private static bool IsControl(char character) => (character < ' ' && character != '\t') || character == '\x7F';

    private static bool EraseLast(StringBuilder kept)
    {
        if (kept.Length == 0) return false;
        var remove = kept.Length >= 2 && char.IsLowSurrogate(kept[^1]) && char.IsHighSurrogate(kept[^2]) ? 2 : 1;
        kept.Length -= remove;
        return true;
    }

    // ECMA-48 §5.4: CSI parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, final byte 0x40–0x7E.
    private static int EscapeSequenceLength(string line, int start)
    {
        var index = start + 1;
        if (index >= line.Length || line[index] < ' ' || line[index] == '\x7F') return 1;
        var introducer = line[index++];
        if (introducer == 'O') return index < line.Length && line[index] >= ' ' && line[index] != '\x7F' ? 3 : 2;
        if (introducer != '[') return 2;

        while (index < line.Length && line[index] is >= '\x30' and <= '\x3F') index++;
        while (index < line.Length && line[index] is >= '\x20' and <= '\x2F') index++;
        if (index < line.Length && line[index] is >= '\x40' and <= '\x7E') index++;
        return index - start;
    }

    private static string CaretName(char character) => character == '\x7F' ? "^?" : $"^{(char)(character + 0x40)}";

    private static string CaretText(ReadOnlySpan<char> sequence)
    {
        var text = new StringBuilder(sequence.Length + 1);
        foreach (var character in sequence)
        {
            if (IsControl(character)) text.Append(CaretName(character));
            else text.Append(character);
        }
        return text.ToString();
    }

    private static void AddOnce(List<string> names, string name)
    {
        if (!names.Contains(name)) names.Add(name);
    }
}
