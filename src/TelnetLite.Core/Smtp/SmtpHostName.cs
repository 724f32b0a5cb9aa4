namespace TelnetLite.Core.Smtp;

/// <summary>Whether a name may be offered as a domain in a command TelnetLite suggests.</summary>
internal static class SmtpHostName
{
    /// <summary>
    /// True for a host name as RFC 5321 §4.1.2 writes a Domain: dot-separated labels of 1 to 63 letters, digits and
    /// hyphens (RFC 1123 §2.1), no hyphen at either end, at most 253 characters, and a last label that is not all
    /// digits (a bare IP address is no host name). Non-ASCII letters are allowed for internationalised names.
    /// </summary>
    public static bool IsValid(string name)
    {
        if (name.Length is 0 or > 253) return false;
        var labelStart = 0;
        var allDigits = true;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '.')
            {
                var length = i - labelStart;
                if (length is 0 or > 63 || name[labelStart] == '-' || name[i - 1] == '-') return false;
                if (i == name.Length) return !allDigits;
                labelStart = i + 1;
                allDigits = true;
                continue;
            }
            var c = name[i];
            if (!char.IsAsciiDigit(c)) allDigits = false;
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && (c < 128 || !char.IsLetterOrDigit(c))) return false;
        }
        return false;
    }
}
