using System.Text;

namespace TelnetLite.Core.Smtp;

/// <summary>
/// Turns the bytes a server sends into complete <see cref="SmtpReply"/> values (RFC 5321 §4.2), whatever the chunking.
/// </summary>
/// <remarks>
/// <para>Pure and resumable: feed chunks as they arrive, split anywhere (inside a line, between CR and LF, inside a
/// UTF-8 sequence); the replies produced are the same for every split. Nothing is consumed twice and nothing is
/// thrown: malformed input becomes a reply with <see cref="SmtpReply.Flaws"/> set.</para>
/// <para>A multi-line reply (<c>250-...</c> lines ended by <c>250 ...</c>) is produced once its last line arrives.
/// A line with no three-digit code is its own reply flagged <see cref="SmtpReplyFlaws.NoCode"/> (a banner from a
/// server that does not speak SMTP), unless a multi-line reply is open, in which case it joins that reply, flagged.
/// A three-digit code outside 2xx–5xx (<c>999</c>, <c>150</c>) is a reply all the same, flagged
/// <see cref="SmtpReplyFlaws.UnknownClass"/>: it answers the command, and a client waiting for it must stop waiting.
/// The enhanced status code (RFC 3463) is read from the start of the last line's text, else the first line's.</para>
/// <para>Memory is bounded: of an endless line only the first 1024 octets are kept (the rest is counted and the line
/// flagged <see cref="SmtpReplyFlaws.TooLong"/>), and of a reply of more than 1000 lines only the first 999 and the
/// last are kept (flagged <see cref="SmtpReplyFlaws.TooManyLines"/>); a reply is handed out once, when its last line
/// arrives (or the input ends). Not thread-safe: one parser per connection.</para>
/// </remarks>
internal sealed class SmtpReplyParser
{
    /// <summary>RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets including CRLF.</summary>
    internal const int MaxReplyLineOctets = 512;
    /// <summary>How much of one line is kept; the rest of an over-long line is counted, not stored.</summary>
    internal const int KeptLineOctets = 1024;
    /// <summary>The most lines kept of one reply: the first ones and the last; those in between are counted only.</summary>
    internal const int MaxLinesPerReply = 1000;

    private readonly byte[] _partial = new byte[KeptLineOctets];
    private int _partialKept;
    private long _partialLength;
    private bool _partialNonAscii;
    private byte _partialLastByte;

    private readonly List<SmtpReplyLine> _openLines = [];
    private int _openCode;
    private SmtpReplyFlaws _openFlaws;

    /// <summary>True while bytes of an unfinished line or lines of an unfinished multi-line reply are held.</summary>
    public bool HasPartialReply => _partialLength > 0 || _openLines.Count > 0;

    /// <summary>Feeds one chunk and returns the replies it completed, in order (often none, often one).</summary>
    public IReadOnlyList<SmtpReply> Feed(ReadOnlySpan<byte> data)
    {
        var replies = new List<SmtpReply>();
        Feed(data, replies);
        return replies;
    }

    /// <summary>Feeds one chunk and appends the replies it completed to <paramref name="replies"/>, in order.</summary>
    /// <remarks>The allocation-free form for hot loops: reuse one collection.</remarks>
    public void Feed(ReadOnlySpan<byte> data, ICollection<SmtpReply> replies)
    {
        while (!data.IsEmpty)
        {
            var lineFeed = data.IndexOf((byte)'\n');
            if (lineFeed < 0)
            {
                AppendPartial(data);
                return;
            }

            var segment = data[..lineFeed];
            if (_partialLength == 0)
            {
                var endsWithCr = segment.Length > 0 && segment[^1] == (byte)'\r';
                var kept = segment.Length > KeptLineOctets ? segment[..KeptLineOctets] : segment;
                CompleteLine(kept, segment.Length, endsWithCr, HasNonAscii(segment), terminated: true, replies);
            }
            else
            {
                AppendPartial(segment);
                CompleteLine(_partial.AsSpan(0, _partialKept), _partialLength, _partialLastByte == (byte)'\r',
                    _partialNonAscii, terminated: true, replies);
                ClearPartial();
            }
            data = data[(lineFeed + 1)..];
        }
    }

    /// <summary>
    /// Feeds one line already cut by the session (its content never holds an LF), so received bytes are not scanned
    /// for line ends a second time. A line with no ending (a piece of an over-long line, or a prompt taken when the
    /// connection went quiet) is held and joined with what completes it, as the byte-fed form would.
    /// </summary>
    public void FeedLine(ReadOnlySpan<byte> content, LineEnding ending, ICollection<SmtpReply> replies)
    {
        if (ending == LineEnding.None)
        {
            AppendPartial(content);
            return;
        }
        var endsWithCr = ending == LineEnding.CrLf;
        if (_partialLength == 0)
        {
            var kept = content.Length > KeptLineOctets ? content[..KeptLineOctets] : content;
            CompleteLine(kept, content.Length + (endsWithCr ? 1 : 0), endsWithCr, HasNonAscii(content), terminated: true, replies);
            return;
        }
        AppendPartial(content);
        if (endsWithCr) AppendPartial("\r"u8);
        CompleteLine(_partial.AsSpan(0, _partialKept), _partialLength, endsWithCr, _partialNonAscii, terminated: true, replies);
        ClearPartial();
    }

    /// <summary>
    /// Hands out whatever is held as if the input ended here (the connection closed): an unterminated last line
    /// and an unfinished multi-line reply become replies, the latter flagged <see cref="SmtpReplyFlaws.Unfinished"/>.
    /// </summary>
    public void Flush(ICollection<SmtpReply> replies)
    {
        if (_partialLength > 0)
        {
            CompleteLine(_partial.AsSpan(0, _partialKept), _partialLength, _partialLastByte == (byte)'\r',
                _partialNonAscii, terminated: false, replies);
            ClearPartial();
        }
        if (_openLines.Count > 0)
        {
            // Its last line (ddd SP) never came: what arrived is not the server's answer, only the start of it.
            _openFlaws |= SmtpReplyFlaws.Unfinished;
            EmitOpenReply(replies);
        }
    }

    /// <summary>Forgets everything held, for a new connection or after a TLS switch.</summary>
    public void Reset()
    {
        ClearPartial();
        _openLines.Clear();
        _openCode = 0;
        _openFlaws = SmtpReplyFlaws.None;
    }

    private void AppendPartial(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        var room = KeptLineOctets - _partialKept;
        if (room > 0)
        {
            var take = Math.Min(room, bytes.Length);
            bytes[..take].CopyTo(_partial.AsSpan(_partialKept));
            _partialKept += take;
        }
        _partialLength += bytes.Length;
        _partialNonAscii |= HasNonAscii(bytes);
        _partialLastByte = bytes[^1];
    }

    private void ClearPartial()
    {
        _partialKept = 0;
        _partialLength = 0;
        _partialNonAscii = false;
        _partialLastByte = 0;
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;

    /// <param name="kept">The first octets of the line (at most <see cref="KeptLineOctets"/>), line feed excluded.</param>
    /// <param name="length">The whole line's length, line feed excluded, CR included.</param>
    private void CompleteLine(ReadOnlySpan<byte> kept, long length, bool endsWithCr, bool nonAscii, bool terminated,
        ICollection<SmtpReply> replies)
    {
        var contentLength = endsWithCr ? length - 1 : length;
        var content = kept.Length > contentLength ? kept[..(int)contentLength] : kept;

        var flaws = SmtpReplyFlaws.None;
        if (terminated && !endsWithCr) flaws |= SmtpReplyFlaws.BareLineFeed;
        if (contentLength + 2 > MaxReplyLineOctets) flaws |= SmtpReplyFlaws.TooLong;
        if (nonAscii) flaws |= SmtpReplyFlaws.NonAscii;

        // Reply codes start with 2 to 5 (RFC 5321 §4.2.1). Any other three digits (150 from an old or FTP-like
        // server, 999 from a broken one) still answer the command, flagged; only 0xx is no code (000 reads as none).
        var hasCode = content.Length >= 3 && content[0] is >= (byte)'1' and <= (byte)'9' && IsDigit(content[1]) && IsDigit(content[2]);
        var continues = !hasCode ? _openLines.Count > 0 : content.Length > 3 && content[3] == (byte)'-';
        if (continues && _openLines.Count >= MaxLinesPerReply - 1)
        {
            // A reply this long is kept bounded: the lines past the limit are counted, not stored, and the reply is
            // handed out once, at its real last line, so no command is taken as answered while its reply goes on.
            _openFlaws |= flaws | SmtpReplyFlaws.TooManyLines | (!hasCode ? SmtpReplyFlaws.NoCode : SmtpReplyFlaws.None);
            return;
        }

        var raw = Encoding.UTF8.GetString(content);
        if (!hasCode)
        {
            flaws |= SmtpReplyFlaws.NoCode;
            if (_openLines.Count > 0)
            {
                // Inside an open multi-line reply a code-less line is most likely a wrapped continuation.
                _openLines.Add(new SmtpReplyLine(0, false, raw, raw));
                _openFlaws |= flaws;
                return;
            }
            replies.Add(new SmtpReply(0, null, [new SmtpReplyLine(0, true, raw, raw)], flaws));
            return;
        }

        var code = (content[0] - '0') * 100 + (content[1] - '0') * 10 + (content[2] - '0');
        if (code / 100 is < 2 or > 5) flaws |= SmtpReplyFlaws.UnknownClass;
        bool isLast;
        string text;
        if (content.Length == 3)
        {
            isLast = true;
            text = "";
        }
        else if (content[3] == (byte)' ' || content[3] == (byte)'-')
        {
            isLast = content[3] == (byte)' ';
            text = raw[4..];
        }
        else
        {
            flaws |= SmtpReplyFlaws.MissingSeparator;
            isLast = true;
            text = raw[3..];
        }

        var line = new SmtpReplyLine(code, isLast, text, raw);
        if (_openLines.Count == 0)
        {
            if (isLast)
            {
                replies.Add(new SmtpReply(code, FindEnhancedCode(text, null), [line], flaws));
                return;
            }
            _openCode = code;
        }
        else if (code != _openCode)
        {
            flaws |= SmtpReplyFlaws.MixedCodes;
        }

        _openLines.Add(line);
        _openFlaws |= flaws;
        if (isLast) EmitOpenReply(replies);
    }

    private void EmitOpenReply(ICollection<SmtpReply> replies)
    {
        var lines = _openLines.ToArray();
        var code = _openCode != 0 ? _openCode : lines[0].Code;
        var enhanced = code == 0 ? null : FindEnhancedCode(lines[^1].Text, lines[0].Text);
        replies.Add(new SmtpReply(code, enhanced, lines, _openFlaws));
        _openLines.Clear();
        _openCode = 0;
        _openFlaws = SmtpReplyFlaws.None;
    }

    private static EnhancedStatusCode? FindEnhancedCode(string lastText, string? firstText)
    {
        if (TryReadEnhancedCode(lastText, out var code)) return code;
        if (firstText is not null && TryReadEnhancedCode(firstText, out code)) return code;
        return null;
    }

    private static bool TryReadEnhancedCode(string text, out EnhancedStatusCode code)
    {
        var span = text.AsSpan();
        var space = span.IndexOf(' ');
        var token = space < 0 ? span : span[..space];
        return EnhancedStatusCode.TryParse(token, out code);
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
