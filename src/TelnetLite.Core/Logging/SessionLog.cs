using System.Globalization;
using System.Reflection;
using System.Text;
using Serilog;
using Serilog.Core;
using TelnetLite.Core.Session;

namespace TelnetLite.Core.Logging;

/// <summary>
/// The session log (<c>set logfile</c>, <c>-f</c>): one line per line sent or received, whatever the local echo,
/// plus TelnetLite's notes and the assistant's annotations, written through Serilog to one file.
/// </summary>
/// <remarks>
/// <para>
/// Each line reads <c>2026-11-29T05:34:42.007+00:00 &lt;- 250 2.1.0 Sender OK</c>: the event's time as stamped
/// (local time, milliseconds, offset), a marker, the text escaped by <see cref="LogTextEscaper"/>. Markers:
/// <c>&lt;-</c> received, <c>-&gt;</c> sent, <c>&lt;~</c> and <c>~&gt;</c> the same while <see cref="TlsActive"/>,
/// <c>==</c> TelnetLite's notes, <c>#</c> annotations. A secret sent line is written as <c>-&gt; ******** (redacted)</c>,
/// or, for <c>AUTH mechanism initial-response</c>, as <c>-&gt; AUTH PLAIN ******** (redacted)</c> (see <see cref="Redact"/>).
/// Received lines come cut by the session (<see cref="LinesReceivedEvent"/>), a prompt as a line of its own when the
/// connection goes quiet, before the line that answers it, and when the connection ends.
/// </para>
/// <para>
/// The lines of one received chunk are written together and flushed to the operating system before the session
/// reads again, so a killed process loses no line it had read.
/// No method throws for a file problem: <see cref="Open"/> returns the failure, and a later write failure closes
/// the log and raises <see cref="WriteFailed"/>. Events are handled whether or not a file is open, so a log opened
/// mid-connection starts on a line boundary. All members may be called from any thread; lines never interleave.
/// </para>
/// </remarks>
internal sealed class SessionLog : ISessionObserver, IDisposable
{
    /// <summary>The text written instead of a secret sent line.</summary>
    public const string RedactedText = "******** (redacted)";

    /// <summary>The text written instead of a secret sent line: <see cref="RedactedText"/>, keeping the verb and mechanism of AUTH.</summary>
    /// <remarks>
    /// A line <c>AUTH mechanism initial-response</c> (RFC 4954 §4) becomes <c>AUTH mechanism ******** (redacted)</c>,
    /// verb and mechanism as typed, so the log still shows how the client authenticated. The mechanism is kept only
    /// when it is a SASL mechanism name (RFC 4422 §3.1: 1 to 20 letters, digits, hyphens, underscores) followed by
    /// something to hide; any other secret line is <see cref="RedactedText"/> whole, so no part of a password typed
    /// at a challenge ever shows.
    /// </remarks>
    public static string Redact(ReadOnlySpan<byte> line)
    {
        var rest = line.TrimStart(" \t"u8);
        if (rest.Length < 5 || !Ascii.EqualsIgnoreCase(rest[..4], "AUTH"u8) || rest[4] != (byte)' ') return RedactedText;
        var verb = rest[..4];
        rest = rest[5..].TrimStart(" "u8);
        var mechanismLength = rest.IndexOfAny(" \t"u8);
        if (mechanismLength is < 1 or > 20) return RedactedText;
        var mechanism = rest[..mechanismLength];
        foreach (var value in mechanism)
        {
            if (!char.IsAsciiLetterOrDigit((char)value) && value is not ((byte)'-' or (byte)'_')) return RedactedText;
        }
        if (rest[mechanismLength..].Trim(" \t"u8).IsEmpty) return RedactedText;
        return $"{Encoding.ASCII.GetString(verb)} {Encoding.ASCII.GetString(mechanism)} {RedactedText}";
    }

    private static readonly string ProductVersion =
        typeof(SessionLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SessionLog).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly Func<string, Logger> _createLogger;
    // Lines are handed to Serilog in entries of about 64 Ki characters: a few writes per read.
    private const int BatchCharacters = 64 * 1024;
    private readonly LogLineBuffer _batch = new(BatchCharacters + 1024);
    private Logger? _logger;
    private string? _filePath;
    private bool _paused;
    private bool _tlsActive;
    private bool _logSecrets;
    private string? _pendingFailure;

    /// <summary>Creates a session log with no file open yet.</summary>
    /// <param name="timeProvider">
    /// The clock for lines that no event stamps (opening, closing, pausing); the system clock when null.
    /// </param>
    public SessionLog(TimeProvider? timeProvider = null)
        : this(timeProvider, CreateFileLogger)
    {
    }

    /// <summary>A seam for tests that need a writer that fails on cue; the path has passed the probe.</summary>
    internal SessionLog(TimeProvider? timeProvider, Func<string, Logger> createLogger)
    {
        _clock = timeProvider ?? TimeProvider.System;
        _createLogger = createLogger;
    }

    /// <summary>Raised, once, with a sentence naming the file and the reason, when writing fails; the log is then closed.</summary>
    /// <remarks>Raised on the thread that was writing, outside the log's lock.</remarks>
    public event EventHandler<string>? WriteFailed;

    /// <summary>The full path of the open log file, or null when none is open.</summary>
    public string? FilePath
    {
        get { lock (_gate) return _filePath; }
    }

    /// <summary>True while logging is paused (<c>unset logging</c>); opening a log file clears it.</summary>
    public bool IsPaused
    {
        get { lock (_gate) return _paused; }
    }

    /// <summary>
    /// <c>set logsecrets on</c>: secret lines (what is typed after AUTH) are written in clear, for debugging; off, the
    /// default, writes them as <see cref="RedactedText"/>.
    /// </summary>
    public bool LogSecrets
    {
        get { lock (_gate) return _logSecrets; }
        set { lock (_gate) _logSecrets = value; }
    }

    /// <summary>
    /// True once TLS is on: sent and received lines are then marked <c>~&gt;</c> and <c>&lt;~</c>.
    /// </summary>
    /// <remarks>
    /// Set it on the session's dispatcher, in order with the events (the TLS upgrade is a step of the session),
    /// so that lines received before the upgrade keep their plain marker. It returns to false by itself when a
    /// connection starts or ends.
    /// </remarks>
    public bool TlsActive
    {
        get { lock (_gate) return _tlsActive; }
        set { lock (_gate) _tlsActive = value; }
    }

    /// <summary>
    /// Starts logging to <paramref name="path"/> at once, closing any log already open. The file is created or
    /// appended to, after a header line <c>== log opened DATE TelnetLite VERSION</c>.
    /// </summary>
    /// <param name="path">A file name (resolved against the current directory) or path; its folder must exist.</param>
    /// <returns>The full path and, on failure, a sentence naming it and the reason; the session goes on without a log.</returns>
    public LogOpenResult Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? earlierFailure;
        LogOpenResult result;
        lock (_gate)
        {
            CloseCore();
            earlierFailure = TakeFailure();
            result = OpenCore(path);
        }
        RaiseFailure(earlierFailure);
        return result;
    }

    /// <summary>Writes a closing line and closes the log file; does nothing when none is open. Another may be opened later.</summary>
    public void Close() => Run(CloseCore);

    /// <summary>Pauses logging (<c>unset logging</c>) after writing <c>== logging paused</c>; nothing is written until <see cref="Resume"/>.</summary>
    public void Pause()
    {
        Run(() =>
        {
            if (_paused) return;
            WriteLine(_clock.GetLocalNow(), LogMarkers.Note, "logging paused");
            _paused = true;
        });
    }

    /// <summary>Resumes logging (<c>set logging</c>) and writes <c>== logging resumed</c>.</summary>
    public void Resume()
    {
        Run(() =>
        {
            if (!_paused) return;
            _paused = false;
            WriteLine(_clock.GetLocalNow(), LogMarkers.Note, "logging resumed");
        });
    }

    /// <summary>Writes one of TelnetLite's notes (a setting changed, a diagnosis) as <c>==</c> lines, one per line of text.</summary>
    public void WriteNote(DateTimeOffset time, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Run(() => WriteTextLines(time, LogMarkers.Note, text));
    }

    /// <summary>Writes an annotation as <c>#</c> lines, one per line given (a line containing line breaks gives several).</summary>
    public void WriteAnnotation(DateTimeOffset time, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Run(() =>
        {
            foreach (var line in lines) WriteTextLines(time, LogMarkers.Annotation, line ?? "");
        });
    }

    /// <inheritdoc />
    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        ArgumentNullException.ThrowIfNull(sessionEvent);
        Run(() => Handle(sessionEvent));
    }

    /// <summary>Closes the log as <see cref="Close"/> does.</summary>
    public void Dispose() => Close();

    private void Handle(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case LinesReceivedEvent received:
                WriteReceived(received.Time, received.Lines);
                break;
            case AssistEvent assist:
                foreach (var line in assist.Message.Lines) WriteTextLines(assist.Time, LogMarkers.Annotation, line ?? "");
                break;
            case LineSentEvent sent:
                var text = sent.Secret && !_logSecrets ? Redact(sent.Line.Span) : LogTextEscaper.Escape(sent.Line.Span);
                WriteLine(sent.Time, _tlsActive || sent.HeldForSwitch ? LogMarkers.SentOverTls : LogMarkers.Sent, text);
                break;
            case ConnectingEvent connecting:
                _tlsActive = false;
                WriteTextLines(connecting.Time, LogMarkers.Note, LogNoteText.Connecting(connecting));
                break;
            case ConnectedEvent connected:
                _tlsActive = false;
                WriteTextLines(connected.Time, LogMarkers.Note, LogNoteText.Connected(connected));
                break;
            case TlsStartedEvent tls:
                WriteTextLines(tls.Time, LogMarkers.Note, $"{tls.Protocol} started ({tls.CipherSuite}){(tls.Verified ? "" : ", certificate NOT verified (--insecure)")}");
                foreach (var line in tls.Summary) WriteTextLines(tls.Time, LogMarkers.Note, line);
                _tlsActive = true;
                break;
            case TlsFailedEvent failed:
                foreach (var line in failed.Lines) WriteTextLines(failed.Time, LogMarkers.Note, line);
                break;
            case ClosedEvent closed:
                _tlsActive = false;
                WriteTextLines(closed.Time, LogMarkers.Note, LogNoteText.Closed(closed));
                break;
            case NoteEvent note:
                WriteTextLines(note.Time, LogMarkers.Note, LogNoteText.Note(note));
                break;
            case RemoteEchoChangedEvent echo:
                // As the screen says it: from here on what is typed comes back from the server, not from us.
                WriteLine(echo.Time, LogMarkers.Note, echo.ServerEchoes
                    ? "the server echoes what is typed (WILL ECHO): local echo off"
                    : "the server stopped echoing (WONT ECHO): local echo as before");
                break;
        }
    }

    private LogOpenResult OpenCore(string path)
    {
        var (fullPath, reason) = LogPathProbe.Probe(path);
        if (reason is not null) return new LogOpenResult(fullPath, OpenFailure(fullPath, reason));

        try
        {
            _logger = _createLogger(fullPath);
        }
        catch (Exception exception)
        {
            return new LogOpenResult(fullPath, OpenFailure(fullPath, ReasonOf(exception)));
        }

        _filePath = fullPath;
        _paused = false;
        var now = _clock.GetLocalNow();
        var date = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        WriteLine(now, LogMarkers.Note, LogTextEscaper.Escape($"log opened {date} TelnetLite {ProductVersion}"));
        // A header that cannot be written is an open failure, reported to the caller rather than as an event.
        return TakeFailure() is { } failure ? new LogOpenResult(fullPath, failure) : new LogOpenResult(fullPath, null);
    }

    // Audit mode makes Serilog throw on open and write failures instead of reporting them only to SelfLog;
    // it also writes unbuffered, flushing after every line, with no size limit that would silently drop lines.
    private static Logger CreateFileLogger(string fullPath) => new LoggerConfiguration()
        .AuditTo.File(VerbatimLineFormatter.Instance, fullPath, encoding: new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            hooks: WholeWritesHooks.Instance)
        .CreateLogger();

    private void CloseCore()
    {
        if (_logger is null) return;
        // The closing line marks a deliberate end even when paused: a reader then knows the file was not cut off.
        _paused = false;
        WriteLine(_clock.GetLocalNow(), LogMarkers.Note, "log closed");
        DisposeLogger();
    }

    /// <summary>
    /// Writes a chunk's lines in a few entries of many lines each: a handful of writes and flushes per read, not one
    /// per line. Each entry stays well under the size at which .NET would allocate its text on the large-object heap.
    /// </summary>
    private void WriteReceived(DateTimeOffset time, IReadOnlyList<ReceivedLine> lines)
    {
        if (_logger is null || _paused || lines.Count == 0) return;
        var prefix = string.Concat(time.ToString(LogLineFormat.TimeFormat, CultureInfo.InvariantCulture), " ",
            _tlsActive ? LogMarkers.ReceivedOverTls : LogMarkers.Received, " ");
        _batch.Clear();
        foreach (var line in lines)
        {
            if (_batch.Length > 0)
            {
                if (_batch.Length >= BatchCharacters)
                {
                    Emit(time, _batch);
                    _batch.Clear();
                }
                else
                {
                    _batch.Append(Environment.NewLine);
                }
            }
            _batch.Append(prefix);
            LogTextEscaper.AppendEscapedReceived(_batch, line);
        }
        if (_batch.Length > 0) Emit(time, _batch);
        _batch.Clear();
        // A burst of long lines must not keep a huge buffer alive after it (an 8 KiB line escaped can be four times as long).
        _batch.Shrink(2 * BatchCharacters);
    }

    private void WriteTextLines(DateTimeOffset time, string marker, string text)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n')) WriteLine(time, marker, LogTextEscaper.Escape(line));
    }

    private void WriteLine(DateTimeOffset time, string marker, string escapedText)
    {
        if (_logger is null || _paused) return;
        Emit(time, LogLineFormat.Format(time, marker, escapedText));
    }

    private void Emit(DateTimeOffset time, string text) => Emit(VerbatimLineFormatter.CreateEvent(time, text));

    private void Emit(DateTimeOffset time, LogLineBuffer lines) => Emit(VerbatimLineFormatter.CreateEvent(time, lines));

    private void Emit(Serilog.Events.LogEvent entry)
    {
        if (_logger is null) return;
        try
        {
            _logger.Write(entry);
        }
        catch (Exception exception)
        {
            _pendingFailure = $"cannot write to the log file {_filePath}: {ReasonOf(exception)}; logging stopped";
            DisposeLogger();
        }
    }

    private void DisposeLogger()
    {
        var logger = _logger;
        _logger = null;
        _filePath = null;
        try
        {
            logger?.Dispose();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or AggregateException)
        {
            // The final flush failed after a write failure already reported, or the file vanished: nothing more to say.
        }
    }

    private void Run(Action action)
    {
        string? failure;
        lock (_gate)
        {
            action();
            failure = TakeFailure();
        }
        RaiseFailure(failure);
    }

    private string? TakeFailure()
    {
        var failure = _pendingFailure;
        _pendingFailure = null;
        return failure;
    }

    private void RaiseFailure(string? failure)
    {
        if (failure is not null) WriteFailed?.Invoke(this, failure);
    }

    private static string OpenFailure(string fullPath, string reason) => $"cannot open the log file {fullPath}: {reason}";

    /// <remarks>
    /// The callers name the file already. .NET words an I/O error with the path after it
    /// (<c>No space left on device : '/var/log/x.log'</c>), which would name it twice: the path is left out.
    /// </remarks>
    private static string ReasonOf(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        AggregateException { InnerExceptions.Count: 1 } aggregate => ReasonOf(aggregate.InnerExceptions[0]),
        IOException { Message: var message } when message.EndsWith('\'') && message.LastIndexOf(" : '", StringComparison.Ordinal) is > 0 and var at => message[..at],
        _ => exception.Message,
    };
}
