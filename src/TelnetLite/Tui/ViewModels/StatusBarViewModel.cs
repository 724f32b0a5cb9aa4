using System.Globalization;
using TelnetLite.Core.Session;

namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// The status bar's text: connection first, then SMTP state, local echo, log file and bytes, then the keys.
/// One line where everything fits, otherwise two (state above, keys below); pieces that do not fit are left out
/// from the least important end.
/// </summary>
internal static class StatusBarViewModel
{
    private static readonly string[] LongKeys = ["F1 Help", "F2 Assist", "F3 Log file", "F5 Open", "{0} Command", "Ctrl+Q Quit"];
    private static readonly string[] ShortKeys = ["F1 Help", "F2 Assist", "F3 Log", "F5 Open", "{0} Cmd", "^Q Quit"];
    private const string Separator = " │ ";

    public static IReadOnlyList<string> Lines(SessionStatus status, DateTimeOffset now, int width, char escape, int queuedLines = 0)
    {
        var state = StateSegments(status, now);
        if (queuedLines > 0) state.Insert(1, $"{queuedLines} queued");
        var keys = Keys(width, escape, LongKeys);
        var oneLine = string.Join(Separator, state) + Separator + keys;
        if (oneLine.Length <= width) return [oneLine];

        if (keys.Length > width) keys = Keys(width, escape, ShortKeys);
        return [Fit(state, width), Clip(keys, width)];
    }

    public static string Connection(SessionStatus status, DateTimeOffset now)
    {
        var target = status.Host is null ? "" : $"{FormatHost(status.Host)}:{status.Port} ";
        return status.State switch
        {
            ConnectionState.Connecting => $"{target}connecting {Elapsed(now - (status.ConnectingSince ?? now))}",
            ConnectionState.Connected => $"{target}connected {Elapsed(now - (status.ConnectedSince ?? now))}",
            ConnectionState.Closed => $"{target}closed",
            _ => "not connected",
        };
    }

    public static string Elapsed(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero) elapsed = TimeSpan.Zero;
        return elapsed.TotalHours >= 1
            ? elapsed.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : elapsed.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
    }

    public static string Bytes(long count) => count switch
    {
        < 1024 => count.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (count / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (count / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>How the escape character is named to the user, as telnet does: <c>CTRL+]</c>.</summary>
    public static string EscapeName(char escape) => TelnetLite.Core.Commands.EscapeCharacter.Describe(escape);

    private static List<string> StateSegments(SessionStatus status, DateTimeOffset now)
    {
        var segments = new List<string> { Connection(status, now) };
        // Encrypted or not is part of the connection: right after it, before anything that may be left out.
        if (status.Tls is { } tls && status.State == ConnectionState.Connected) segments.Add(tls);
        if (!string.IsNullOrEmpty(status.AssistSummary)) segments.Add(status.AssistSummary);
        segments.Add(status.LocalEcho ? "echo on" : "echo off");
        if (status.LogFile is not null)
        {
            segments.Add("log " + Path.GetFileName(status.LogFile) + (status.LoggingPaused ? " (paused)" : ""));
        }
        if (status.State != ConnectionState.NotConnected || status.BytesIn + status.BytesOut > 0)
        {
            segments.Add($"in {Bytes(status.BytesIn)} out {Bytes(status.BytesOut)}");
        }
        return segments;
    }

    private static string Keys(int width, char escape, string[] names)
    {
        var escapeKey = EscapeName(escape);
        if (names == ShortKeys && escapeKey.StartsWith("CTRL+", StringComparison.Ordinal)) escapeKey = "^" + escapeKey[5..];
        else if (escapeKey.StartsWith("CTRL+", StringComparison.Ordinal)) escapeKey = "Ctrl+" + escapeKey[5..];
        return string.Join("  ", names.Select(n => string.Format(CultureInfo.InvariantCulture, n, escapeKey)));
    }

    /// <summary>Joins segments in order, leaving out trailing ones that do not fit; the first is clipped if it must be.</summary>
    private static string Fit(List<string> segments, int width)
    {
        var line = segments[0];
        for (var i = 1; i < segments.Count; i++)
        {
            var longer = line + Separator + segments[i];
            if (longer.Length > width) break;
            line = longer;
        }
        return Clip(line, width);
    }

    private static string Clip(string text, int width) =>
        width <= 0 ? "" : text.Length <= width ? text : width == 1 ? "…" : text[..(width - 1)] + "…";

    private static string FormatHost(string host) => host.Contains(':') ? $"[{host}]" : host;
}
