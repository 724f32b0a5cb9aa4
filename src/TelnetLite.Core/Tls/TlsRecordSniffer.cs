namespace TelnetLite.Core.Tls;

/// <summary>Reads the first bytes a server sent around a handshake: TLS records or plain text, an unencrypted alert,
/// the version of a ServerHello.</summary>
/// <remarks>Pure, never throws: a truncated or garbled record simply gives no answer. RFC 8446 §5.1: a record is
/// one byte of content type (20 change_cipher_spec, 21 alert, 22 handshake, 23 application_data, 24 heartbeat), two of
/// version (3, 1..4) and two of length.</remarks>
internal static class TlsRecordSniffer
{
    private const byte Alert = 21;
    private const byte Handshake = 22;
    private const byte ServerHello = 2;

    /// <summary>True when the bytes start like a TLS record: what a port 465 server sends to a client that spoke plain text.</summary>
    public static bool LooksLikeTls(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 3 && bytes[0] is >= 20 and <= 24 && bytes[1] == 3 && bytes[2] <= 4;

    /// <summary>True when the bytes start like an SMTP reply (three digits, then a space, a hyphen or the line end) or a
    /// line of text (printable ASCII, TAB, CR, LF): plain text instead of a handshake.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return false;
        if (bytes.Length >= 4 && char.IsAsciiDigit((char)bytes[0]) && char.IsAsciiDigit((char)bytes[1]) && char.IsAsciiDigit((char)bytes[2])
            && bytes[3] is (byte)' ' or (byte)'-' or (byte)'\r' or (byte)'\n') return true;
        foreach (var b in bytes[..Math.Min(bytes.Length, 64)])
        {
            if (b is not (>= 0x20 and < 0x7F or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        }

        return true;
    }

    /// <summary>The first unencrypted alert among the records, or null (encrypted alerts of TLS 1.3 cannot be read).</summary>
    public static TlsAlert? FirstAlert(ReadOnlySpan<byte> bytes)
    {
        foreach (var (type, body) in Records(bytes))
        {
            if (type == Alert && body.Length == 2) return new TlsAlert(body[0], body[1]);
        }

        return null;
    }

    /// <summary>The version a ServerHello offers (0x0301 TLS 1.0 ... 0x0303 TLS 1.2 or later), or null when there is none.</summary>
    public static int? ServerHelloVersion(ReadOnlySpan<byte> bytes)
    {
        foreach (var (type, body) in Records(bytes))
        {
            if (type == Handshake && body.Length >= 6 && body[0] == ServerHello) return (body[4] << 8) | body[5];
            if (type == Handshake) return null;
        }

        return null;
    }

    private static List<(byte Type, byte[] Body)> Records(ReadOnlySpan<byte> bytes)
    {
        var records = new List<(byte, byte[])>();
        while (bytes.Length >= 5 && LooksLikeTls(bytes))
        {
            var length = (bytes[3] << 8) | bytes[4];
            var available = Math.Min(length, bytes.Length - 5);
            records.Add((bytes[0], bytes.Slice(5, available).ToArray()));
            if (available < length) break;
            bytes = bytes[(5 + length)..];
        }

        return records;
    }
}
