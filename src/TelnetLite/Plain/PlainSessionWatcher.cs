using System.Text;
using TelnetLite.Core.Session;
using TelnetLite.Core.Text;

namespace TelnetLite.Plain;

/// <summary>
/// Writes received data to standard output as it arrives, and remembers what plain mode's input loop needs to know:
/// when data last arrived and how the connection ended.
/// </summary>
/// <remarks>Runs first on the session's dispatcher, so a reply is on screen before its annotation.</remarks>
internal sealed class PlainSessionWatcher : ISessionObserver
{
    private readonly Stream _stdout;
    private readonly TextWriter _stdoutText;
    private readonly bool _rawOutput;
    private readonly object _consoleLock;
    private readonly TimeProvider _time;
    private ScreenTextDecoder _decoder = new();
    private long _lastActivityTicks;

    public PlainSessionWatcher(Stream stdout, TextWriter stdoutText, bool rawOutput, object consoleLock, TimeProvider time)
    {
        _stdout = stdout;
        _stdoutText = stdoutText;
        _rawOutput = rawOutput;
        _consoleLock = consoleLock;
        _time = time;
        Touch();
    }

    /// <summary>Pulsed on every event, so waits in the input loop can re-check their condition.</summary>
    public event Action? Changed;

    /// <summary>How the last connection ended; null while connected or before any.</summary>
    public CloseReason? LastClose { get; private set; }

    /// <summary>True once the current connection has received any data (a greeting, a banner).</summary>
    public bool ReceivedAny { get; private set; }

    /// <summary>How long since anything was received or the connection state changed.</summary>
    public TimeSpan QuietFor => _time.GetElapsedTime(Interlocked.Read(ref _lastActivityTicks));

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case ConnectedEvent:
                LastClose = null;
                ReceivedAny = false;
                _decoder = new ScreenTextDecoder();
                Touch();
                break;
            case DataReceivedEvent data:
                ReceivedAny = true;
                Write(data.Data.Span);
                Touch();
                break;
            case ClosedEvent closed:
                if (!_rawOutput) WriteText(_decoder.Flush());
                LastClose = closed.Reason;
                Touch();
                break;
        }
        Changed?.Invoke();
    }

    private void Touch() => Interlocked.Exchange(ref _lastActivityTicks, _time.GetTimestamp());

    private void Write(ReadOnlySpan<byte> bytes)
    {
        if (_rawOutput)
        {
            lock (_consoleLock)
            {
                _stdout.Write(bytes);
                _stdout.Flush();
            }
            return;
        }
        WriteText(_decoder.Decode(bytes));
    }

    private void WriteText(string text)
    {
        if (text.Length == 0) return;
        // A terminal shows CRLF as one line end; a pipe should get plain lines.
        var normalized = new StringBuilder(text).Replace("\r\n", "\n").ToString();
        lock (_consoleLock)
        {
            _stdoutText.Write(normalized);
            _stdoutText.Flush();
        }
    }
}
