using Serilog.Events;
using Serilog.Formatting;

namespace TelnetLite.Core.Logging;

/// <summary>
/// Writes an already laid-out session-log line exactly as given, then a line break: no message template
/// is ever parsed from user text, so <c>{0}</c> or <c>{Name}</c> received from a server comes out unchanged.
/// </summary>
internal sealed class VerbatimLineFormatter : ITextFormatter
{
    public const string LinePropertyName = "Line";

    public static readonly VerbatimLineFormatter Instance = new();

    public static LogEvent CreateEvent(DateTimeOffset time, string line) => new(
        time,
        LogEventLevel.Information,
        exception: null,
        MessageTemplate.Empty,
        [new LogEventProperty(LinePropertyName, new ScalarValue(line))]);

    /// <summary>An entry of several lines written from the log's buffer as it is: valid only until the write returns.</summary>
    /// <remarks>The session log writes through Serilog's audit sink, which formats and writes before it returns.</remarks>
    public static LogEvent CreateEvent(DateTimeOffset time, LogLineBuffer lines) => new(
        time,
        LogEventLevel.Information,
        exception: null,
        MessageTemplate.Empty,
        [new LogEventProperty(LinePropertyName, new ScalarValue(lines))]);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        if (!logEvent.Properties.TryGetValue(LinePropertyName, out var value) || value is not ScalarValue scalar) return;
        switch (scalar.Value)
        {
            case string line:
                output.Write(line);
                break;
            case LogLineBuffer lines:
                output.Write(lines.Span);
                break;
            default:
                return;
        }
        output.Write(Environment.NewLine);
    }
}
