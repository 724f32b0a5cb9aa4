namespace TelnetLite.Core.Smtp;

/// <summary>What a line typed inside DATA looks like to a mail reader (RFC 5322 §2.2, §3.2.2).</summary>
internal static class SmtpMessageLine
{
    /// <summary><c>Name: value</c> where the name is printable ASCII without a colon or a space (RFC 5322 §2.2).</summary>
    public static bool IsHeaderField(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0) return false;
        for (var i = 0; i < colon; i++)
        {
            if (line[i] is < '!' or > '~') return false;
        }
        return true;
    }

    /// <summary>A folded header continuation: starts with a space or a tab.</summary>
    public static bool IsFoldedContinuation(string line) => line.Length > 0 && line[0] is ' ' or '\t';

    /// <summary>True when any character is outside ASCII.</summary>
    public static bool HasNonAscii(string line) => line.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F') >= 0;

    /// <summary>The octets the line takes on the wire as UTF-8, without CRLF.</summary>
    public static int Octets(string line) => System.Text.Encoding.UTF8.GetByteCount(line);
}
