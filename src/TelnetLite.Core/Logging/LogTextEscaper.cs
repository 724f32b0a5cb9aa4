using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Logging;

/// <summary>Turns the bytes of one line into session-log text from which the exact bytes can be recovered.</summary>
/// <remarks>
/// <para>
/// Escapes: <c>\\</c> is a backslash, <c>\r</c> a CR, <c>\xNN</c> (two upper-case hex digits) any other
/// non-printable byte: C0 controls including TAB (so a tab cannot pass for spaces) and LF, DEL, every byte of
/// invalid UTF-8, and every byte of a well-formed UTF-8 control, line separator or paragraph separator
/// (U+0080 to U+009F, U+2028, U+2029), which some viewers would act on or break lines at, or of an invisible format
/// character that reorders or hides text (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+FEFF).
/// Everything else, non-ASCII text included, is written as itself.
/// </para>
/// <para>
/// A received line (<see cref="EscapeReceived"/>) ending in CR LF is written without its ending; a line that
/// ended with a bare LF shows it as <c>\x0A</c>; a line with no ending yet (a prompt, a piece of an over-long line)
/// ends with a lone backslash, which escaped text can never otherwise end with.
/// </para>
/// Never throws on any input: every byte sequence has exactly one escaped form.
/// </remarks>
internal static class LogTextEscaper
{
    /// <summary>The mark written after the text of a line that had no line ending.</summary>
    public const string NoLineEndingMark = "\\";

    /// <summary>Escapes the bytes of a line given without its ending (a sent line).</summary>
    public static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = new LogLineBuffer(bytes.Length + 8);
        AppendEscaped(text, bytes);
        return text.ToString();
    }

    /// <summary>Escapes TelnetLite's own text (a note, an annotation line) the way received bytes are escaped.</summary>
    /// <remarks>A string that is not valid UTF-16 (a lone surrogate) is encoded with U+FFFD in its place.</remarks>
    public static string Escape(string text) => Escape(Encoding.UTF8.GetBytes(text));

    /// <summary>Escapes a received line and shows how it ended unless it ended with CR LF.</summary>
    public static string EscapeReceived(ReceivedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = new LogLineBuffer(line.Content.Length + 8);
        AppendEscapedReceived(text, line);
        return text.ToString();
    }

    /// <summary>Appends what <see cref="EscapeReceived"/> returns, without a string of its own (the log's batches).</summary>
    internal static void AppendEscapedReceived(LogLineBuffer text, ReceivedLine line)
    {
        AppendEscaped(text, line.Content.Span);
        if (line.Ending == LineEnding.Lf) AppendHex(text, (byte)'\n');
        else if (line.Ending == LineEnding.None) text.Append(NoLineEndingMark);
    }

    /// <summary>Recovers the bytes of text written by <see cref="Escape(ReadOnlySpan{byte})"/>.</summary>
    /// <returns>False, with no bytes, when the text is not a well-formed escaped line.</returns>
    public static bool TryUnescape(string text, [NotNullWhen(true)] out byte[]? bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new ArrayBufferWriter<byte>(Math.Max(1, text.Length));
        if (!TryUnescapeInto(text, output))
        {
            bytes = null;
            return false;
        }
        bytes = output.WrittenSpan.ToArray();
        return true;
    }

    /// <summary>
    /// Recovers the exact bytes received for text written by <see cref="EscapeReceived"/>, line ending included
    /// (CR LF when none is shown).
    /// </summary>
    /// <returns>False, with no bytes, when the text is not a well-formed escaped line.</returns>
    public static bool TryUnescapeReceived(string text, [NotNullWhen(true)] out byte[]? wireBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        wireBytes = null;
        var hasNoEnding = EndsWithNoLineEndingMark(text);
        var body = hasNoEnding ? text[..^NoLineEndingMark.Length] : text;
        var output = new ArrayBufferWriter<byte>(body.Length + 2);
        if (!TryUnescapeInto(body, output)) return false;
        var endsWithLf = output.WrittenCount > 0 && output.WrittenSpan[^1] == (byte)'\n';
        if (!hasNoEnding && !endsWithLf) output.Write("\r\n"u8);
        wireBytes = output.WrittenSpan.ToArray();
        return true;
    }

    private static void AppendEscaped(LogLineBuffer text, ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            // Most of a line is plain printable ASCII: widen such runs whole, straight into the buffer.
            var run = bytes[index..].IndexOfAnyExcept(PlainAscii);
            if (run < 0) run = bytes.Length - index;
            if (run > 0)
            {
                Ascii.ToUtf16(bytes.Slice(index, run), text.GetSpan(run), out var written);
                text.Advance(written);
                index += run;
            }
            if (index >= bytes.Length) break;
            var value = bytes[index];
            if (value < 0x80)
            {
                AppendAscii(text, value);
                index++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(bytes[index..], out var rune, out var consumed);
            if (status == OperationStatus.Done && IsPrintable(rune))
            {
                text.Append(rune.ToString());
            }
            else
            {
                foreach (var raw in bytes.Slice(index, consumed)) AppendHex(text, raw);
            }
            index += consumed;
        }
    }

    // Printable ASCII except the backslash, which is the escape character itself.
    private static readonly SearchValues<byte> PlainAscii = SearchValues.Create(
        Enumerable.Range(0x20, 0x7F - 0x20).Where(b => b != '\\').Select(b => (byte)b).ToArray());

    private static void AppendAscii(LogLineBuffer text, byte value)
    {
        switch (value)
        {
            case (byte)'\\':
                text.Append(@"\\");
                break;
            case (byte)'\r':
                text.Append(@"\r");
                break;
            case < 0x20 or 0x7F:
                AppendHex(text, value);
                break;
            default:
                text.Append((char)value);
                break;
        }
    }

    private static bool IsPrintable(Rune rune) => !InvisibleFormatCharacters.Contains(rune.Value)
        && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);

    private static void AppendHex(LogLineBuffer text, byte value)
    {
        text.Append(@"\x");
        text.Append(value.ToString("X2", CultureInfo.InvariantCulture));
    }

    private static bool EndsWithNoLineEndingMark(string text)
    {
        // An odd run of trailing backslashes: the pairs are escaped backslashes, the last one is the mark.
        var run = 0;
        for (var index = text.Length - 1; index >= 0 && text[index] == '\\'; index--) run++;
        return run % 2 == 1;
    }

    private static bool TryUnescapeInto(string text, ArrayBufferWriter<byte> output)
    {
        var index = 0;
        Span<byte> utf8 = stackalloc byte[4];
        while (index < text.Length)
        {
            if (text[index] == '\\')
            {
                if (!TryReadEscape(text, index, out var value, out var length)) return false;
                output.Write([value]);
                index += length;
                continue;
            }
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != OperationStatus.Done)
                return false;
            var written = rune.EncodeToUtf8(utf8);
            output.Write(utf8[..written]);
            index += consumed;
        }
        return true;
    }

    private static bool TryReadEscape(string text, int start, out byte value, out int length)
    {
        value = 0;
        length = 0;
        if (start + 1 >= text.Length) return false;
        switch (text[start + 1])
        {
            case '\\':
                (value, length) = ((byte)'\\', 2);
                return true;
            case 'r':
                (value, length) = ((byte)'\r', 2);
                return true;
            case 'x' when start + 3 < text.Length
                && byte.TryParse(text.AsSpan(start + 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value):
                length = 4;
                return true;
            default:
                return false;
        }
    }
}
