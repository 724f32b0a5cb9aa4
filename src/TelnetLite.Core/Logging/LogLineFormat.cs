using System.Globalization;

namespace TelnetLite.Core.Logging;

/// <summary>The layout of one session-log line: <c>2026-11-29T05:34:42.007+00:00 &lt;- 250 2.1.0 Sender OK</c>.</summary>
internal static class LogLineFormat
{
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    /// <summary>Lays out a line; <paramref name="escapedText"/> must already be escaped.</summary>
    /// <remarks>
    /// The time is written with the offset it carries: session events are stamped in local time at the source,
    /// and converting here would make a log depend on the machine that wrote it rather than on the events.
    /// </remarks>
    public static string Format(DateTimeOffset time, string marker, string escapedText) =>
        string.Concat(time.ToString(TimeFormat, CultureInfo.InvariantCulture), " ", marker, " ", escapedText);
}
