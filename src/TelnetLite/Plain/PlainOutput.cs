using System.Buffers;
using TelnetLite.Core.Text;

namespace TelnetLite.Plain;

/// <summary>
/// Writes what the server sends to standard output as it arrives: the bytes themselves with <c>--raw-output</c>, else
/// their terminal-safe text. One write and one flush per received chunk, before the session reads again.
/// </summary>
internal sealed class PlainOutput : ISessionObserver
{
    private readonly Stream _stdout;
    private readonly bool _raw;
    private readonly object _consoleLock;
    private readonly ArrayBufferWriter<byte> _buffer = new(TelnetLite.Core.Session.TelnetSession.ReadBufferSize * 2);
    private TerminalSafeWriter _writer = new();
    private TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PlainOutput(Stream stdout, bool raw, object consoleLock)
    {
        _stdout = stdout;
        _raw = raw;
        _consoleLock = consoleLock;
    }

    /// <summary>Completes when the current connection has ended (and what it sent last is on standard output).</summary>
    public Task Closed => Volatile.Read(ref _closed).Task;

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case ConnectedEvent:
                _writer = new TerminalSafeWriter();
                Volatile.Write(ref _closed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                break;
            case DataReceivedEvent data when _raw:
                Emit(data.Data.Span);
                break;
            case DataReceivedEvent data:
                _writer.Write(data.Data.Span, _buffer);
                EmitBuffer();
                break;
            case ClosedEvent:
                if (!_raw)
                {
                    _writer.Flush(_buffer);
                    EmitBuffer();
                }
                Volatile.Read(ref _closed).TrySetResult();
                break;
        }
    }

    /// <summary>
    /// Ends a received line that has no line end yet, so that what plain mode writes next (an annotation, a sent line)
    /// starts on a line of its own. Call with the console lock held.
    /// </summary>
    public void EnsureLineStart()
    {
        if (_raw || _writer.AtLineStart) return;
        Console.Out.Write('\n');
        _writer.LineEndedElsewhere();
    }

    private void EmitBuffer()
    {
        if (_buffer.WrittenCount == 0) return;
        Emit(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        lock (_consoleLock)
        {
            _stdout.Write(bytes);
            _stdout.Flush();
        }
    }
}
