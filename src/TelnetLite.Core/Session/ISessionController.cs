using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Session;

/// <summary>
/// Everything a full-screen front end needs from a session: run command-mode lines, send session lines, pace queued
/// ones, lint the line being typed, and be told what to show.
/// </summary>
/// <remarks>
/// The controller owns the connection, the log, the settings and the protocol assistant; a front end only displays
/// and collects keys. Events are raised on the session's dispatcher thread, never on the caller's: a UI marshals them.
/// </remarks>
public interface ISessionController : IAsyncDisposable
{
    /// <summary>New transcript entries, in order, in batches (one per session event).</summary>
    event Action<IReadOnlyList<TranscriptEntry>>? TranscriptAppended;

    /// <summary>Something in <see cref="Status"/> changed (connection state, bytes, settings, assistant state).</summary>
    event Action? StatusChanged;

    /// <summary>A snapshot of the session's state for a status bar or <c>status</c>.</summary>
    SessionStatus Status { get; }

    /// <summary>The protocol assistant following the conversation (SMTP).</summary>
    IProtocolAssistant Assistant { get; }

    /// <summary>Where the assisted conversation stands, as of the last event; safe to read from any thread.</summary>
    AssistSnapshot Snapshot { get; }

    /// <summary>The pacer: lines queued here go when the conversation lets them.</summary>
    LinePacer Pacer { get; }

    /// <summary>The escape character (default 0x1D, Ctrl+]).</summary>
    char EscapeCharacter { get; }

    /// <summary>Runs one command-mode line (<c>open</c>, <c>set localecho</c>, <c>status</c>...).</summary>
    Task<CommandOutcome> ExecuteCommandAsync(string commandLine, CancellationToken cancellationToken);

    /// <summary>Sends one session line at once, as typed: sanitised, lint warnings shown first, CRLF appended (or CR alone).</summary>
    Task SendLineAsync(string line, CancellationToken cancellationToken);

    /// <summary>Lint warnings for the line being typed, without sending or changing anything.</summary>
    IReadOnlyList<AssistMessage> Lint(string line);

    /// <summary>True when <paramref name="line"/>, sent now, would carry a credential (never kept in history, redacted).</summary>
    bool IsSecret(string line);

    /// <summary>Connects (closing any current connection first); failures are reported in the transcript, not thrown.</summary>
    Task<bool> OpenAsync(string host, int port, CancellationToken cancellationToken);

    /// <summary>Reports the terminal size for Telnet NAWS.</summary>
    void SetWindowSize(int columns, int rows);
}
