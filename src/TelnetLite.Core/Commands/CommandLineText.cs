namespace TelnetLite.Core.Commands;

/// <summary>Splits a command line into words and the rest of the line, whitespace being any Unicode white space.</summary>
internal static class CommandLineText
{
    /// <summary>The first word and the rest after it, both trimmed.</summary>
    public static (string Word, string Arguments) SplitFirst(string text)
    {
        var trimmed = text.Trim();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        return (trimmed[..end], trimmed[end..].Trim());
    }

    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A path as typed: one pair of surrounding double quotes is removed, so paths may hold spaces.</summary>
    public static string Unquote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"'
            ? trimmed[1..^1].Trim()
            : trimmed;
    }

    public static bool HasControlCharacter(string text) => text.Any(char.IsControl);

    /// <summary>Text safe to echo in a message: C0 controls in caret notation, DEL as ^?, C1 controls as \xNN.</summary>
    public static string Visible(string text)
    {
        if (!HasControlCharacter(text))
        {
            return text;
        }

        var shown = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                < ' ' => shown.Append('^').Append((char)(c + '@')),
                '\u007f' => shown.Append("^?"),
                >= '\u0080' and <= '\u009f' => shown.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => shown.Append(c),
            };
        }

        return shown.ToString();
    }
}
