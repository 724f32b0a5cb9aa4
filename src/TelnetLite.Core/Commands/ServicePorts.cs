using System.Globalization;

namespace TelnetLite.Core.Commands;

/// <summary>Port numbers and the service names a mail administrator types instead (<c>open mail smtp</c>).</summary>
internal static class ServicePorts
{
    private static readonly Dictionary<string, int> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["telnet"] = 23,
        ["smtp"] = 25,
        ["http"] = 80,
        ["pop3"] = 110,
        ["imap"] = 143,
        ["https"] = 443,
        ["smtps"] = 465,
        ["submissions"] = 465,
        ["submission"] = 587,
        ["imaps"] = 993,
        ["pop3s"] = 995,
    };

    public const string Accepted =
        "a number from 1 to 65535 or a service name (smtp, submission, submissions, smtps, pop3, pop3s, imap, imaps, http, https, telnet)";

    public static bool TryParse(string text, out int port)
    {
        if (Named.TryGetValue(text, out port))
        {
            return true;
        }

        return text.Length is > 0 and <= 5
            && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port)
            && port is >= 1 and <= 65535;
    }
}
