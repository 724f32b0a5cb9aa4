using System.Globalization;

namespace TelnetLite.Core.Commands;

/// <summary>Formats a <see cref="StatusReport"/> for <c>status</c>.</summary>
internal static class StatusDisplay
{
    /// <summary>The lines <c>status</c> prints.</summary>
    /// <remarks>
    /// Connected: <c>Connected to HOST (ADDRESS), port N, for hh:mm:ss</c>, bytes received and sent, Telnet
    /// processing, local echo, log file and the assistant's state as it words it (<c>SMTP: EHLO ok</c>). Not connected: <c>Not connected.</c> then local echo and log file.
    /// Hours go beyond 24 rather than wrapping.
    /// </remarks>
    public static IReadOnlyList<string> Format(StatusReport status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var lines = new List<string>();
        if (status.IsConnected)
        {
            var address = status.RemoteAddress is null || status.RemoteAddress == status.Host
                ? string.Empty
                : $" ({status.RemoteAddress})";
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Connected to {status.Host}{address}, port {status.Port}, for {Duration(status.ConnectedFor)}"));
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Bytes received: {status.BytesReceived:N0}, sent: {status.BytesSent:N0}"));
            lines.Add($"Telnet processing: {(status.TelnetProcessing ? "on" : "off (raw, 8-bit clean)")}");
        }
        else
        {
            lines.Add("Not connected.");
        }

        lines.Add($"Local echo: {(status.LocalEcho ? "on" : "off")}");
        lines.Add(status.LogFile is null
            ? "Log file: none"
            : $"Log file: {status.LogFile}{(status.Logging ? string.Empty : " (paused)")}");
        if (status.IsConnected && !string.IsNullOrEmpty(status.SmtpState))
        {
            // The assistant's summary names its protocol itself: "SMTP: EHLO ok".
            lines.Add(status.SmtpState);
        }

        return lines;
    }

    /// <summary>hh:mm:ss, hours not wrapping at 24; negative spans read as zero.</summary>
    public static string Duration(TimeSpan elapsed)
    {
        var clamped = elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed;
        var hours = (long)clamped.TotalHours;
        return string.Create(CultureInfo.InvariantCulture, $"{hours:00}:{clamped.Minutes:00}:{clamped.Seconds:00}");
    }
}
