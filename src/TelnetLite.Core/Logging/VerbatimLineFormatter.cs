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

    public void Format(LogEvent logEvent, TextWriter output)
    {
        if (logEvent.Properties.TryGetValue(LinePropertyName, out var value) && value is ScalarValue { Value: string line })
        {
            output.Write(line);
            output.Write(Environment.NewLine);
        }
    }
}
