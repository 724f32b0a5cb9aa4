using Serilog.Core;
using Serilog.Events;

namespace TelnetLite.Core.Tests.Logging.Support;

/// <summary>A sink that takes a number of events and then fails every write, as a full disk would.</summary>
internal sealed class FailingSink(int eventsBeforeFailure) : ILogEventSink
{
    private int _remaining = eventsBeforeFailure;

    public int Accepted { get; private set; }

    public void Emit(LogEvent logEvent)
    {
        if (_remaining-- <= 0) throw new IOException("No space left on device");
        Accepted++;
    }
}
