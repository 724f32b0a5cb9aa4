using Serilog.Core;
using Serilog.Events;

namespace TelnetLite.Core.Tests.Logging.Support;

/// <summary>A sink that takes a number of events and then fails every write, as a full disk would.</summary>
/// <param name="message">The error's words; .NET's own for a full disk name the file after them.</param>
internal sealed class FailingSink(int eventsBeforeFailure, string message = "No space left on device") : ILogEventSink
{
    private int _remaining = eventsBeforeFailure;

    public int Accepted { get; private set; }

    public void Emit(LogEvent logEvent)
    {
        if (_remaining-- <= 0) throw new IOException(message);
        Accepted++;
    }
}
