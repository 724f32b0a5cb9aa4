using System.Text.RegularExpressions;

namespace TelnetLite.Tests.Scripts;

/// <summary>Replaces what changes from run to run by tokens, by the rules samples/record.sh applies with sed.</summary>
internal static partial class TranscriptNormaliser
{
    public static string Normalise(string transcript)
    {
        var text = transcript.Replace("\r\n", "\n", StringComparison.Ordinal);
        text = Rfc5322Date().Replace(text, "<DATE>");
        text = Guid().Replace(text, "<GUID>");
        text = StepTime().Replace(text, "(<N> ms)");
        text = Ipv4Address().Replace(text, "<ADDRESS>");
        text = AddressPort().Replace(text, "<ADDRESS>:<PORT>");
        text = PortWord().Replace(text, "port <PORT>");
        text = TempPath().Replace(text, "<TEMP>");
        return text;
    }

    [GeneratedRegex(@"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{1,2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}")]
    private static partial Regex Rfc5322Date();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\(([0-9]+) ms\)")]
    private static partial Regex StepTime();

    [GeneratedRegex(@"\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b")]
    private static partial Regex Ipv4Address();

    [GeneratedRegex("<ADDRESS>:[0-9]+")]
    private static partial Regex AddressPort();

    [GeneratedRegex(@"\bport [0-9]+")]
    private static partial Regex PortWord();

    [GeneratedRegex("(/tmp|/var/folders)/[^ \n]*")]
    private static partial Regex TempPath();
}
