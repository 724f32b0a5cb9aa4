using System.Buffers;
using System.Globalization;
using System.Text;

namespace TelnetLite.Core.Text;

/// <summary>
/// Makes text safe to show on a terminal: every control character visible, so that no text that came from a server
/// (a reply quoted in an annotation, a capability, a server name) can move the cursor, set the window title, write to
/// the clipboard or hide the text around it.
/// </summary>
/// <remarks>
/// <para>The one rule for text leaving Core for a screen, shared with <see cref="ScreenTextDecoder"/>: C0 controls in
/// caret notation (<c>^@</c> for NUL, <c>^[</c> for ESC, <c>^M</c> for CR), DEL as <c>^?</c>, C1 controls
/// (U+0080–U+009F) as <c>\xNN</c>, the invisible format characters of <see cref="InvisibleFormatCharacters"/> and lone
/// surrogates as <c>\uNNNN</c>. TAB passes: it cannot hide or rewrite text. SGR colours and bracketed-paste mode
/// switches are left out (<see cref="DroppedSequences"/>), as <see cref="ScreenTextDecoder"/> leaves them out. Text that
/// is already safe is returned as the same instance, and making safe text safe again changes nothing.</para>
/// </remarks>
internal static class TerminalText
{
    // Every UTF-16 unit that may need a change: the controls, the invisible format characters and the surrogates
    // (a surrogate is checked for its pair when found).
    private static readonly SearchValues<char> Suspect = SearchValues.Create(BuildSuspects());

    /// <summary>Returns <paramref name="text"/> with every control character made visible (one line, TAB kept).</summary>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Suspect);
        if (first < 0) return text;

        StringBuilder? output = null;
        var copiedUpTo = 0;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (c == '\t' || !NeedsEscape(c)) continue;

            output ??= new StringBuilder(text.Length + 16);
            output.Append(text, copiedUpTo, i - copiedUpTo);
            var dropped = c == '\u001b' ? DroppedSequences.LengthAtStart(text.AsSpan(i)) : 0;
            if (dropped > 0)
            {
                copiedUpTo = i + dropped;
                i += dropped - 1;
                continue;
            }
            AppendVisible(c, output);
            copiedUpTo = i + 1;
        }

        if (output is null) return text;
        output.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return output.ToString();
    }

    /// <summary>
    /// Every line made visible (see <see cref="Visible(string)"/>); the same list when all were already safe, so
    /// equality and identity hold for the usual case.
    /// </summary>
    /// <remarks>
    /// An annotation quotes the server (a NUL in <c>AUTH LOGIN PLAIN</c>, a greeting with an escape sequence): the
    /// assistant passes its lines through here where they leave it for a screen, once.
    /// </remarks>
    public static IReadOnlyList<string> VisibleLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string[]? safe = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var visible = Visible(lines[i]);
            if (safe is null && ReferenceEquals(visible, lines[i])) continue;
            if (safe is null)
            {
                safe = new string[lines.Count];
                for (var j = 0; j < i; j++) safe[j] = lines[j];
            }
            safe[i] = visible;
        }
        return safe ?? lines;
    }

    /// <summary>
    /// Appends one code point as it is shown: unchanged when printable, else in its visible form. Line ends and TAB
    /// are the caller's to decide; here they are controls like any other (TAB excepted, which passes).
    /// </summary>
    internal static void AppendVisible(int codePoint, StringBuilder output)
    {
        switch (codePoint)
        {
            case '\t':
                output.Append('\t');
                break;
            case < 0x20:
                output.Append('^').Append((char)(codePoint + 0x40));
                break;
            case 0x7F:
                output.Append("^?");
                break;
            case >= 0x80 and <= 0x9F:
                output.Append("\\x").Append(codePoint.ToString("X2", CultureInfo.InvariantCulture));
                break;
            case var hidden when InvisibleFormatCharacters.Contains(hidden) || hidden is >= 0xD800 and <= 0xDFFF:
                output.Append("\\u").Append(hidden.ToString("X4", CultureInfo.InvariantCulture));
                break;
            case < 0x10000:
                output.Append((char)codePoint);
                break;
            default:
                Span<char> pair = stackalloc char[2];
                new Rune(codePoint).EncodeToUtf16(pair);
                output.Append(pair);
                break;
        }
    }

    private static bool NeedsEscape(char c) =>
        c < 0x20 || c is >= (char)0x7F and <= (char)0x9F || InvisibleFormatCharacters.Contains(c) || char.IsSurrogate(c);

    private static string BuildSuspects()
    {
        var suspects = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c < 0x20 || c is >= 0x7F and <= 0x9F || InvisibleFormatCharacters.Contains(c) || c is >= 0xD800 and <= 0xDFFF)
                suspects.Append((char)c);
        }
        return suspects.ToString();
    }
}
