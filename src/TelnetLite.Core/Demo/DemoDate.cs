using System.Globalization;

namespace TelnetLite.Core.Demo;

/// <summary>Formats a moment as an RFC 5322 section 3.3 date, e.g. <c>Sun, 29 Nov 2026 06:11:59 +0000</c>.</summary>
internal static class DemoDate
{
    public static string Format(DateTimeOffset moment)
    {
        var offset = moment.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return moment.ToString("ddd, d MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)
            + $" {sign}{abs.Hours:00}{abs.Minutes:00}";
    }
}
