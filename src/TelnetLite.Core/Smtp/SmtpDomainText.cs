using System.Globalization;

namespace TelnetLite.Core.Smtp;

/// <summary>Internationalised domain names as SMTP without SMTPUTF8 needs them: the ASCII form (A-label, RFC 5890).</summary>
internal static class SmtpDomainText
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>True when <paramref name="domain"/> has a character outside ASCII.</summary>
    public static bool IsInternational(string domain)
    {
        foreach (var c in domain)
        {
            if (c > 0x7F) return true;
        }
        return false;
    }

    /// <summary>The A-label form (<c>テスト.example</c> is <c>xn--zckzah.example</c>); null when the name cannot be converted.</summary>
    public static string? ToAscii(string domain)
    {
        if (!IsInternational(domain)) return domain;
        try
        {
            return Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
