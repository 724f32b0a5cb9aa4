using System.Globalization;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>A byte count as people read it: 36700160 is "35 MiB".</summary>
internal static class SizeText
{
    public static string Of(long bytes)
    {
        if (bytes < 1024) return bytes == 1 ? "1 byte" : $"{bytes} bytes";
        string[] units = ["KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        var rounded = Math.Round(value, 1);
        return rounded % 1 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{rounded:0} {units[unit]}")
            : string.Create(CultureInfo.InvariantCulture, $"{rounded:0.0} {units[unit]}");
    }
}
