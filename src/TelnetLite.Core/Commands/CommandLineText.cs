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
}
