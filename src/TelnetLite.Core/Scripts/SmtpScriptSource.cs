using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace TelnetLite.Core.Scripts;

/// <summary>
/// Reads a script file and refuses what is not a script before anything is sent: a file too large, a binary file,
/// lines that are not UTF-8 text, lines too long or holding control characters.
/// </summary>
/// <remarks>
/// <para>A run sends what the script says. A file that is not one (a binary picked by mistake, a log, a script saved
/// as UTF-16) would otherwise send garbage to a real server and could even pass. So: a file over
/// <see cref="MaxScriptBytes"/> is refused unread; a NUL byte means not a text file; every line must be UTF-8 of at
/// most <see cref="MaxLineBytes"/> without control characters (TAB excepted), each bad line reported with its number.
/// Message text (the lines sent between <c>DATA</c> and the lone <c>.</c>) may be any bytes and any length: a person
/// tests a server with a Latin-1 body or an unwrapped line on purpose. The runner sends text, so a message line that
/// is not UTF-8 is sent with U+FFFD for each invalid byte, and a note says so.</para>
/// <para>The checks run on the bytes; the text is then read by <see cref="SmtpScriptParser"/>, unchanged, whose
/// steps tell which lines are message text. Never throws on any content.</para>
/// </remarks>
internal static class SmtpScriptSource
{
    /// <summary>A script is what a person would type: 16 MB is far beyond any, and bounds the memory a run takes.</summary>
    public const long MaxScriptBytes = 16L * 1024 * 1024;

    /// <summary>Longest line outside message text; SMTP's own limit is 512 octets for a command line.</summary>
    public const int MaxLineBytes = 1024 * 1024;

    /// <summary>A file with more bad lines than this is no script: the rest are counted, not listed.</summary>
    internal const int MaxErrorsListed = 20;

    private const int ReadChunk = 64 * 1024;

    /// <summary>Reads and checks the script at <paramref name="path"/>.</summary>
    public static async Task<SmtpScriptReading> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            // The size first, so a huge file is refused without being read.
            var length = new FileInfo(path).Length;
            if (length > MaxScriptBytes) return Refused(TooLarge(length));

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, ReadChunk, useAsync: true);
            // The length seen may be wrong (a file still growing, a FIFO): read no more than one byte past the limit.
            var buffer = new byte[(int)Math.Min(MaxScriptBytes + 1, Math.Max(length, ReadChunk) + 1)];
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (buffer.Length > MaxScriptBytes) return Refused(TooLarge(null));
                    Array.Resize(ref buffer, (int)Math.Min(MaxScriptBytes + 1, (long)buffer.Length * 2));
                }
                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                filled += read;
            }
            return Read(buffer.AsSpan(0, filled));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Refused(e is UnauthorizedAccessException ? "cannot read it: permission denied" : $"cannot read it: {e.Message}");
        }
    }

    /// <summary>Checks and parses a script's bytes.</summary>
    public static SmtpScriptReading Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxScriptBytes) return Refused(TooLarge(bytes.Length));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Refused("is UTF-16 text, not a script: save it as UTF-8 (a script is UTF-8 text, one line per line to send)");
        // A UTF-8 byte order mark, as some Windows editors write, is no part of the first line.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var line = LineNumberAt(bytes, nul);
            return new SmtpScriptReading(new SmtpScript([], [new SmtpScriptError(line,
                "holds a NUL byte: this is not a text file (a script is text: one line per line to send, # comments, ! directives)")]), null, []);
        }

        var lines = SplitLines(bytes);
        var text = new StringBuilder(bytes.Length);
        foreach (var line in lines)
        {
            // Each invalid byte becomes U+FFFD: an error or a note below says so for that line.
            text.Append(Encoding.UTF8.GetString(bytes.Slice(line.Start, line.Length))).Append('\n');
        }

        var script = SmtpScriptParser.Parse(text.ToString());
        var messageLines = MessageTextLines(script);
        var errors = new List<SmtpScriptError>();
        var notes = new List<SmtpScriptError>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = i + 1;
            var inMessage = messageLines.Contains(number);
            var content = bytes.Slice(line.Start, line.Length);
            if (ControlProblem(content) is { } control) errors.Add(new SmtpScriptError(number, control));
            else if (!line.IsUtf8 && !inMessage) errors.Add(new SmtpScriptError(number, NotUtf8(content)));
            else if (line.Length > MaxLineBytes && !inMessage) errors.Add(new SmtpScriptError(number, TooLong(line.Length)));
            else if (!line.IsUtf8) notes.Add(new SmtpScriptError(number, "message text that is not UTF-8: a run sends text, so each invalid byte goes as U+FFFD; to send the bytes unchanged, pipe the lines to telnetlite --plain"));
        }

        if (errors.Count == 0) return new SmtpScriptReading(script, null, notes);

        // A line refused here says all there is to say about it: the parser's view of its garbled text adds nothing.
        var refusedLines = errors.Select(e => e.LineNumber).ToHashSet();
        errors.AddRange(script.Errors.Where(e => !refusedLines.Contains(e.LineNumber)));
        errors.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        if (errors.Count > MaxErrorsListed)
        {
            var more = errors.Count - MaxErrorsListed;
            var next = errors[MaxErrorsListed].LineNumber;
            errors.RemoveRange(MaxErrorsListed, errors.Count - MaxErrorsListed);
            errors.Add(new SmtpScriptError(next, string.Create(CultureInfo.InvariantCulture,
                $"and {more} more errors from this line on: is this file a script?")));
        }
        return new SmtpScriptReading(new SmtpScript(script.Steps, errors), null, notes);
    }

    /// <summary>The lines sent as message text: after a <c>DATA</c> line up to the lone <c>.</c>.</summary>
    /// <remarks>Read from the parsed steps, so comments and directives between them are never message text.</remarks>
    private static HashSet<int> MessageTextLines(SmtpScript script)
    {
        var lines = new HashSet<int>();
        var inMessage = false;
        foreach (var step in script.Steps)
        {
            if (step is not SendLineStep send) continue;
            if (inMessage)
            {
                if (send.Text == ".") inMessage = false;
                else lines.Add(send.LineNumber);
            }
            else if (send.Text.Trim().Equals("DATA", StringComparison.OrdinalIgnoreCase))
            {
                inMessage = true;
            }
        }
        return lines;
    }

    private static List<ScriptLine> SplitLines(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<ScriptLine>();
        var start = 0;
        while (start < bytes.Length)
        {
            var feed = bytes[start..].IndexOf((byte)'\n');
            var end = feed < 0 ? bytes.Length : start + feed;
            // CR LF ends a line as LF does; the CR is no part of it.
            var length = end > start && bytes[end - 1] == (byte)'\r' ? end - start - 1 : end - start;
            lines.Add(new ScriptLine(start, length, Utf8.IsValid(bytes.Slice(start, length))));
            if (feed < 0) break;
            start = end + 1;
        }
        return lines;
    }

    private static string? ControlProblem(ReadOnlySpan<byte> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var b = line[i];
            if (b is (byte)'\t' || b is >= 0x20 and not 0x7F) continue;
            var column = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (b == (byte)'\r') return $"a CR that does not end the line (column {column}): lines end with LF or CR LF";
            var shown = b == 0x7F ? "^?" : "^" + (char)(b + 0x40);
            return $"a control character {shown} (byte 0x{b:X2}) at column {column}: a script is sent as written, and a control character would be removed before sending; take it out";
        }
        return null;
    }

    private static string NotUtf8(ReadOnlySpan<byte> line)
    {
        var at = FirstInvalid(line);
        return string.Create(CultureInfo.InvariantCulture,
            $"not UTF-8 text (byte 0x{line[at]:X2} at column {at + 1}): save the script as UTF-8; only message text (between DATA and the lone .) may be other bytes");
    }

    private static int FirstInvalid(ReadOnlySpan<byte> line)
    {
        var at = 0;
        while (at < line.Length && Rune.DecodeFromUtf8(line[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done) at += consumed;
        return Math.Min(at, line.Length - 1);
    }

    private static string TooLong(int length) => string.Create(CultureInfo.InvariantCulture,
        $"a line of {length:N0} bytes, longer than the {MaxLineBytes / (1024 * 1024)} MB a line outside message text may be: is this file a script?");

    private static string TooLarge(long? length) => length is { } known
        ? string.Create(CultureInfo.InvariantCulture, $"is {known / (1024.0 * 1024):0.#} MB, larger than the {MaxScriptBytes / (1024 * 1024)} MB a script may be: is this file a script?")
        : string.Create(CultureInfo.InvariantCulture, $"is larger than the {MaxScriptBytes / (1024 * 1024)} MB a script may be: is this file a script?");

    private static int LineNumberAt(ReadOnlySpan<byte> bytes, int index) => bytes[..index].Count((byte)'\n') + 1;

    private static SmtpScriptReading Refused(string problem) => new(null, problem, []);

    private readonly record struct ScriptLine(int Start, int Length, bool IsUtf8);
}
