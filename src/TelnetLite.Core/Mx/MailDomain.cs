using System.Globalization;

namespace TelnetLite.Core.Mx;

/// <summary>Checks a domain typed for an MX lookup and gives the form DNS is asked with.</summary>
/// <remarks>A trailing dot is dropped; an internationalised name is turned into its ASCII (xn--) form (RFC 5890) where
/// this platform can, else the user is asked to type that form.</remarks>
internal static class MailDomain
{
    private const int MaxLength = 253;
    private const int MaxLabelLength = 63;

    public static bool TryNormalise(string? text, out string domain, out string error)
    {
        domain = (text ?? "").Trim();
        error = "";
        if (domain.EndsWith('.') && domain.Length > 1) domain = domain[..^1];
        if (domain.Length == 0)
        {
            error = "no domain given, e.g. fabrikam.com";
            return false;
        }

        if (domain.Contains('@'))
        {
            error = "give the domain alone, the part after @ (fabrikam.com, not kate@fabrikam.com)";
            return false;
        }

        if (!domain.All(char.IsAscii))
        {
            try
            {
                domain = new IdnMapping().GetAscii(domain);
            }
            catch (Exception e) when (e is ArgumentException or PlatformNotSupportedException)
            {
                error = "this name has characters that are not valid in a domain; for an internationalised name type its xn-- form";
                return false;
            }
        }

        var labels = domain.Split('.');
        var valid = domain.Length <= MaxLength
            && labels.All(label => label.Length is > 0 and <= MaxLabelLength
                && label[0] != '-' && label[^1] != '-'
                && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
        if (!valid)
        {
            error = "use letters, digits and hyphens in dot-separated labels of at most 63 characters (e.g. fabrikam.com)";
            return false;
        }

        return true;
    }
}
