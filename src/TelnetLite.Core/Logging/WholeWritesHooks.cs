using System.Text;
using Serilog.Sinks.File;

namespace TelnetLite.Core.Logging;

/// <summary>
/// Puts a large buffer between Serilog's writer and the log file, so that each entry (a read's lines) reaches the
/// operating system in one write when Serilog flushes it, rather than in the writer's 4 KiB pieces.
/// </summary>
/// <remarks>Serilog still writes and flushes every entry (audit mode): nothing stays in the buffer after an entry.</remarks>
internal sealed class WholeWritesHooks : FileLifecycleHooks
{
    public static readonly WholeWritesHooks Instance = new();

    private const int BufferSize = 256 * 1024;

    public override Stream OnFileOpened(string path, Stream underlyingStream, Encoding encoding) =>
        new BufferedStream(underlyingStream, BufferSize);
}
