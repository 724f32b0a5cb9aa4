using Serilog;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Session;
using TelnetLite.Core.Tests.Logging.Support;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Logging;

public sealed class SessionLogWriteFailureTests : IDisposable
{
    private static readonly DateTimeOffset Time = new(2026, 11, 29, 5, 34, 42, 7, TimeSpan.Zero);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AWriteFailureClosesTheLogAndIsReportedOnce()
    {
        var sink = new FailingSink(eventsBeforeFailure: 2);
        using var log = new SessionLog(null, _ => new LoggerConfiguration().AuditTo.Sink(sink).CreateLogger());
        var raised = new List<string>();
        log.WriteFailed += (_, message) => raised.Add(message);
        var path = _folder.File("session.log");

        Assert.True(log.Open(path).Succeeded);
        Receive(log, "220 ready\r\n");
        Receive(log, "250 OK\r\n");
        Receive(log, "250 again\r\n");
        log.WriteAnnotation(Time, ["after the failure"]);
        log.Close();

        Assert.Equal([$"cannot write to the log file {path}: No space left on device; logging stopped"], raised);
        Assert.Null(log.FilePath);
        Assert.Equal(2, sink.Accepted);
    }

    [Fact]
    public void AWriteErrorNamesTheFileOnceThoughDotnetPutsThePathInItsMessage()
    {
        var path = _folder.File("session.log");
        var sink = new FailingSink(eventsBeforeFailure: 1, $"No space left on device : '{path}'");
        using var log = new SessionLog(null, _ => new LoggerConfiguration().AuditTo.Sink(sink).CreateLogger());
        var raised = new List<string>();
        log.WriteFailed += (_, message) => raised.Add(message);

        Assert.True(log.Open(path).Succeeded);
        Receive(log, "220 ready\r\n");

        Assert.Equal([$"cannot write to the log file {path}: No space left on device; logging stopped"], raised);
    }

    [Fact]
    public void AHeaderThatCannotBeWrittenFailsTheOpenInsteadOfRaisingTheEvent()
    {
        using var log = new SessionLog(null, _ => new LoggerConfiguration().AuditTo.Sink(new FailingSink(0)).CreateLogger());
        var raised = new List<string>();
        log.WriteFailed += (_, message) => raised.Add(message);
        var path = _folder.File("session.log");

        var result = log.Open(path);

        Assert.False(result.Succeeded);
        Assert.Equal($"cannot write to the log file {path}: No space left on device; logging stopped", result.Error);
        Assert.Empty(raised);
    }

    [Fact]
    public void ALogCanBeOpenedAgainAfterAWriteFailure()
    {
        FailingSink first = new(1), second = new(10);
        var sinks = new Queue<FailingSink>([first, second]);
        using var log = new SessionLog(null, _ => new LoggerConfiguration().AuditTo.Sink(sinks.Dequeue()).CreateLogger());

        log.Open(_folder.File("first.log"));
        Receive(log, "lost\r\n");
        var result = log.Open(_folder.File("second.log"));
        Receive(log, "kept\r\n");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, first.Accepted);
        // The second log's header and the line received after it.
        Assert.Equal(2, second.Accepted);
    }

    private static void Receive(SessionLog log, string text)
    {
        // Whole lines, as the session delivers them once cut.
        foreach (var delivered in new TelnetLite.Core.Tests.Support.SessionLines().For(new DataReceivedEvent(Time, System.Text.Encoding.UTF8.GetBytes(text))))
            log.OnSessionEvent(delivered);
    }
}
