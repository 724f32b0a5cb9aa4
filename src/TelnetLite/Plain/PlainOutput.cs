using System.Buffers;
using TelnetLite.Core.Text;

namespace TelnetLite.Plain;

/// <summary>
/// Writes what the server sends to standard output as it arrives: the bytes themselves with <c>--raw-output</c>, else
/// their terminal-safe text, a line longer than 8 KiB in pieces. One write per received chunk.
/// </summary>
/// <remarks>
/// Decoded text is written when the read has been delivered whole (<see cref="ReadDeliveredEvent"/>); an explanation
/// printed meanwhile (<c>--annotate</c>) first takes the complete lines before it, so it never lands in the middle of
/// a line, and the unfinished line (a prompt) follows it.
/// </remarks>
internal sealed class PlainOutput : ISessionObserver
{
    private readonly Stream _stdout;
    private readonly bool _raw;
    private readonly object _consoleLock;
    private readonly ArrayBufferWriter<byte> _buffer = new(TelnetLite.Core.Session.TelnetSession.ReadBufferSize * 2);
    private TerminalSafeWriter _writer = new();
    private LongLineWatch _longLines = new();
    private TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // How much of the buffer ends with a complete line: what may go before an explanation.
    private int _completeLines;
    private bool _screenAtLineStart = true;

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
                _longLines = new LongLineWatch();
                Volatile.Write(ref _closed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                break;
            case DataReceivedEvent data when _raw:
                lock (_consoleLock) Emit(data.Data.Span);
                break;
            case DataReceivedEvent data:
                Decode(data.Data.Span);
                break;
            case ReadDeliveredEvent or ReceiveIdleEvent:
                lock (_consoleLock) EmitAll();
                break;
            case ClosedEvent:
                if (!_raw)
                {
                    _writer.Flush(_buffer);
                    lock (_consoleLock) EmitAll();
                }
                Volatile.Read(ref _closed).TrySetResult();
                break;
        }
    }

    /// <summary>
    /// Before plain mode writes a line of its own (an explanation, a sent line): the complete received lines go
    /// first, and a received line that is unfinished on screen is ended. Call with the console lock held.
    /// </summary>
    public void EnsureLineStart()
    {
        if (_raw) return;
        if (_completeLines > 0)
        {
            Emit(_buffer.WrittenSpan[.._completeLines]);
            var rest = _buffer.WrittenSpan[_completeLines..].ToArray();
            _buffer.ResetWrittenCount();
            _buffer.Write(rest);
            _completeLines = 0;
            _screenAtLineStart = true;
        }
        if (_screenAtLineStart) return;
        Console.Out.Write('\n');
        _screenAtLineStart = true;
    }

    private void Decode(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var cut = _longLines.NextCut(data, out _);
            var piece = cut < 0 ? data : data[..cut];
            _writer.Write(piece, _buffer);
            if (cut < 0) break;
            // A line longer than the maximum is shown in pieces, each on a line of its own.
            _writer.Write("\n"u8, _buffer);
            data = data[cut..];
        }
        if (_writer.AtLineStart) _completeLines = _buffer.WrittenCount;
        else if (_buffer.WrittenSpan.LastIndexOf((byte)'\n') is var end and >= 0) _completeLines = end + 1;
    }

    private void EmitAll()
    {
        if (_buffer.WrittenCount == 0) return;
        Emit(_buffer.WrittenSpan);
        _screenAtLineStart = _buffer.WrittenSpan[^1] == (byte)'\n';
        _buffer.ResetWrittenCount();
        _completeLines = 0;
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        _stdout.Write(bytes);
        _stdout.Flush();
    }
}
