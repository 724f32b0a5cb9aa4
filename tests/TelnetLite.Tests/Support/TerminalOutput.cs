using System.Globalization;
using System.Text;

namespace TelnetLite.Tests.Support;

/// <summary>
/// The bytes a program wrote to a stream that a terminal would show, checked as they come: every character a
/// terminal would act on rather than show (a control other than TAB and LF, a C1 control, an invisible format
/// character such as a bidi override) is counted with its offset, however long the output.
/// </summary>
/// <remarks>
/// <para>Only the first <see cref="KeptBytes"/> and the last <see cref="KeptBytes"/> bytes are kept for the test to
/// read, so a flood of hundreds of megabytes costs the test process nothing; <see cref="TotalBytes"/> counts them
/// all. Decoding is streaming (a sequence split between two writes is whole), so the check does not depend on how
/// the pipe cut the output.</para>
/// </remarks>
internal sealed class TerminalOutput
{
    public const int KeptBytes = 8 * 1024 * 1024;
    private const int ExamplesKept = 5;

    private readonly object _gate = new();
    private readonly MemoryStream _head = new();
    private readonly byte[] _tail = new byte[KeptBytes];
    private long _tailWritten;
    private readonly Decoder _decoder = new UTF8Encoding(false, false).GetDecoder();
    private readonly List<string> _unsafeExamples = [];
    private long _unsafeCount;
    private long _charsChecked;
    private char _pendingHigh;

    /// <summary>Every byte written so far.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>How many characters a terminal would act on instead of showing (see the class remarks).</summary>
    public long UnsafeCount
    {
        get { lock (_gate) return _unsafeCount; }
    }

    /// <summary>The first few unsafe characters with their character offsets, for a failure message.</summary>
    public string UnsafeExamples
    {
        get { lock (_gate) return string.Join(", ", _unsafeExamples); }
    }

    /// <summary>The bytes kept: everything when the output is small, else the head, a marker, and the tail.</summary>
    public byte[] Bytes
    {
        get
        {
            lock (_gate)
            {
                if (TotalBytes <= KeptBytes) return _head.ToArray();
                var marker = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n[... {TotalBytes - 2L * KeptBytes} bytes not kept ...]\n"));
                var tail = TailBytes();
                return [.. _head.ToArray(), .. marker, .. tail];
            }
        }
    }

    /// <summary>The kept bytes as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);

    public void Append(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            Keep(bytes);
            TotalBytes += bytes.Length;
            Check(bytes);
        }
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        var headRoom = (int)Math.Max(0, KeptBytes - _head.Length);
        if (headRoom > 0) _head.Write(bytes[..Math.Min(headRoom, bytes.Length)]);
        // The tail is a ring: only the last KeptBytes matter, copied in at most two pieces.
        if (bytes.Length > KeptBytes)
        {
            _tailWritten += bytes.Length - KeptBytes;
            bytes = bytes[^KeptBytes..];
        }
        var at = (int)(_tailWritten % KeptBytes);
        var first = Math.Min(bytes.Length, KeptBytes - at);
        bytes[..first].CopyTo(_tail.AsSpan(at));
        bytes[first..].CopyTo(_tail);
        _tailWritten += bytes.Length;
    }

    private byte[] TailBytes()
    {
        var length = (int)Math.Min(KeptBytes, Math.Max(0, TotalBytes - KeptBytes));
        var result = new byte[length];
        var start = _tailWritten - length;
        for (var i = 0; i < length; i++) result[i] = _tail[(start + i) % KeptBytes];
        return result;
    }

    private void Check(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[_decoder.GetCharCount(bytes, flush: false)];
        _decoder.GetChars(bytes, chars, flush: false);
        foreach (var c in chars)
        {
            var offset = _charsChecked++;
            if (_pendingHigh != 0)
            {
                var high = _pendingHigh;
                _pendingHigh = '\0';
                if (char.IsLowSurrogate(c)) continue;
                Count(high, offset - 1);
            }
            if (char.IsHighSurrogate(c))
            {
                _pendingHigh = c;
                continue;
            }
            if (IsUnsafe(c)) Count(c, offset);
        }
    }

    private void Count(char c, long offset)
    {
        _unsafeCount++;
        if (_unsafeExamples.Count < ExamplesKept)
            _unsafeExamples.Add(string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} at char {offset}"));
    }

    /// <summary>What a terminal acts on: C0 but TAB and LF, DEL, C1, invisible format characters, lone surrogates.</summary>
    public static bool IsUnsafe(char c) =>
        (c < 0x20 && c is not ('\t' or '\n')) || c is >= (char)0x7F and <= (char)0x9F
        || c is >= '\u200B' and <= '\u200F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2060' and <= '\u2064'
        || c is >= '\u2066' and <= '\u2069' || c == '\uFEFF' || char.IsLowSurrogate(c);
}
