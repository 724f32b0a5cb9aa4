namespace TelnetLite.Core.Text;

/// <summary>
/// The escape sequences that are dropped instead of shown: SGR (colours and styles, <c>ESC[...m</c>) and
/// bracketed-paste mode on and off (<c>ESC[?2004h</c>, <c>ESC[?2004l</c>).
/// </summary>
/// <remarks>
/// Shells send them at every prompt; shown as <c>^[[?2004h</c> they bury the conversation. Neither can move the cursor,
/// hide text or talk to the terminal, so leaving them out loses nothing a reader needs (the log keeps every byte).
/// Every other sequence, a window title included, stays visible: those are the ones that could do harm.
/// </remarks>
internal static class DroppedSequences
{
    /// <summary>The longest sequence considered, ESC included; a longer one is shown whatever it is.</summary>
    public const int MaximumLength = 32;

    /// <summary>True when <paramref name="sequence"/>, a whole CSI sequence from ESC to its final character, is dropped.</summary>
    public static bool IsDropped(ReadOnlySpan<char> sequence)
    {
        if (sequence.Length < 3 || sequence.Length > MaximumLength || sequence[0] != '\u001b' || sequence[1] != '[') return false;
        var parameters = sequence[2..^1];
        return sequence[^1] switch
        {
            'm' => IsSgrParameters(parameters),
            'h' or 'l' => parameters.SequenceEqual("?2004"),
            _ => false,
        };
    }

    /// <summary>The length of the dropped sequence that starts <paramref name="text"/>, or 0 when none does.</summary>
    public static int LengthAtStart(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != '\u001b' || text[1] != '[') return 0;
        for (var i = 2; i < Math.Min(text.Length, MaximumLength); i++)
        {
            var c = text[i];
            if (c is >= '\u0040' and <= '\u007e') return IsDropped(text[..(i + 1)]) ? i + 1 : 0;
            if (c is < '\u0020' or > '\u003f') return 0;
        }
        return 0;
    }

    // Digits, with ';' and ':' between them (ISO 8613-6 colours): nothing else is a plain SGR.
    private static bool IsSgrParameters(ReadOnlySpan<char> parameters)
    {
        foreach (var c in parameters)
        {
            if (!char.IsAsciiDigit(c) && c is not (';' or ':')) return false;
        }
        return true;
    }
}
