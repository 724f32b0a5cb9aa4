using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TelnetLite.Core.Commands;

/// <summary>Reads and names the escape character (<c>-e</c>, <c>set escape</c>, the welcome line).</summary>
public static class EscapeCharacter
{
    /// <summary>The forms <see cref="TryParse"/> accepts, for messages.</summary>
    public const string AcceptedForms = "^] (caret notation), CTRL+] or a single character such as ~";

    /// <summary>Reads an escape character: <c>^]</c> / <c>^x</c> caret notation, <c>CTRL+]</c> / <c>CTRL-]</c>, or one character.</summary>
    /// <remarks>
    /// Case does not matter (<c>^x</c> is Ctrl+X). Refused, with a reason: NUL, whitespace (TAB, CR, LF, space) and
    /// letters and digits, because in plain mode a line that begins with the escape character runs as a command and
    /// ordinary typing would trigger it; C1 controls and anything else that cannot be typed alone.
    /// Never throws.
    /// </remarks>
    /// <param name="text">The text as typed; surrounding whitespace is ignored.</param>
    /// <param name="character">The escape character when the result is true.</param>
    /// <param name="error">Why the text was refused, naming the accepted forms, when the result is false.</param>
    public static bool TryParse(string? text, out char character, [NotNullWhen(false)] out string? error)
    {
        character = '\0';
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            error = $"No escape character given: use {AcceptedForms}";
            return false;
        }

        char? candidate;
        if (trimmed.Length == 1)
        {
            candidate = trimmed[0];
        }
        else if (trimmed.Length == 2 && trimmed[0] == '^')
        {
            candidate = FromControlKey(trimmed[1]);
        }
        else if (trimmed.Length == 6 && trimmed.StartsWith("CTRL", StringComparison.OrdinalIgnoreCase)
            && trimmed[4] is '+' or '-')
        {
            candidate = FromControlKey(trimmed[5]);
        }
        else
        {
            candidate = null;
        }

        if (candidate is not { } parsed)
        {
            error = $"Bad escape character '{Printable(trimmed)}': use {AcceptedForms}";
            return false;
        }

        var refusal = Refusal(parsed);
        if (refusal is not null)
        {
            error = $"Bad escape character '{Printable(trimmed)}': {refusal}; use {AcceptedForms}";
            return false;
        }

        character = parsed;
        error = null;
        return true;
    }

    /// <summary>Names an escape character the way Windows telnet does: 0x1D is <c>CTRL+]</c>, <c>~</c> is <c>~</c>.</summary>
    /// <remarks>Control characters read <c>CTRL+X</c> (DEL is <c>CTRL+?</c>), which <see cref="TryParse"/> reads back.</remarks>
    public static string Describe(char character) => character switch
    {
        < ' ' => "CTRL+" + (char)(character + '@'),
        '\u007f' => "CTRL+?",
        _ when char.IsControl(character) || char.IsSurrogate(character) || char.IsWhiteSpace(character)
            => "U+" + ((int)character).ToString("X4", CultureInfo.InvariantCulture),
        _ => character.ToString(),
    };

    private static char? FromControlKey(char key) => key switch
    {
        '?' => '\u007f',
        >= 'a' and <= 'z' => (char)(key - 'a' + 1),
        >= '@' and <= '_' => (char)(key - '@'),
        _ => null,
    };

    private static string? Refusal(char character) => character switch
    {
        '\0' => "NUL cannot be typed as an escape",
        _ when char.IsWhiteSpace(character) => "TAB, Enter and spaces are needed for typing",
        _ when char.IsLetterOrDigit(character) => "letters and digits are needed for typing",
        _ when char.IsSurrogate(character) => "it is not a single character",
        >= '\u0080' and <= '\u009f' => "C1 control characters cannot be typed",
        _ => null,
    };

    private static string Printable(string text)
    {
        var shown = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            shown.Append(char.IsControl(c) ? Describe(c) : c.ToString());
        }

        return shown.ToString();
    }
}
