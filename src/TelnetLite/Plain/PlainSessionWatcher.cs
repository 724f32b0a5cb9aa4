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
    private readonly byte[] _lineStart = new byte[4];
    private int _lineStartLength;
    private int _lineLength;
    private bool _lastLineContinues;
    private bool _stdoutAtLineStart = true;

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

    /// <summary>True once a line has been sent on the current connection.</summary>
    public bool SentAny { get; private set; }

    /// <summary>
    /// True while what was received so far stops in the middle of a line, or its last line is an SMTP-style
    /// continuation (<c>220-</c>): the greeting is not complete yet.
    /// </summary>
    public bool GreetingIncomplete => _lineStartLength > 0 || _lastLineContinues;

    /// <summary>How long since anything was received or the connection state changed.</summary>
    public TimeSpan QuietFor => _time.GetElapsedTime(Interlocked.Read(ref _lastActivityTicks));

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case ConnectedEvent:
                LastClose = null;
                ReceivedAny = false;
                SentAny = false;
                _lineStartLength = 0;
                _lineLength = 0;
                _lastLineContinues = false;
                _decoder = new ScreenTextDecoder();
                Touch();
                break;
            case DataReceivedEvent data:
                ReceivedAny = true;
                Follow(data.Data.Span);
                Write(data.Data.Span);
                Touch();
                break;
            case LineSentEvent:
                SentAny = true;
                break;
            case ClosedEvent closed:
                if (!_rawOutput) WriteText(_decoder.Flush());
                LastClose = closed.Reason;
                Touch();
                break;
        }
        Changed?.Invoke();
    }

    /// <summary>
    /// Ends a received line that has no line end yet, so that what plain mode writes next (an annotation, a sent line)
    /// starts on a line of its own. Call with the console lock held.
    /// </summary>
    public void EnsureLineStart()
    {
        if (_stdoutAtLineStart || _rawOutput) return;
        _stdoutText.Write('\n');
        _stdoutAtLineStart = true;
    }

    /// <summary>Keeps just enough of the current line to tell a continuation (<c>ddd-</c>) from a last line.</summary>
    private void Follow(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                _lastLineContinues = _lineStartLength == 4 && char.IsAsciiDigit((char)_lineStart[0]) && char.IsAsciiDigit((char)_lineStart[1])
                    && char.IsAsciiDigit((char)_lineStart[2]) && _lineStart[3] == (byte)'-';
                _lineStartLength = 0;
                _lineLength = 0;
                continue;
            }
            if (b == (byte)'\r' && _lineLength == 0) continue;
            if (_lineStartLength < _lineStart.Length) _lineStart[_lineStartLength++] = b;
            _lineLength++;
        }
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
            _stdoutAtLineStart = normalized[^1] == '\n';
        }
    }
}
