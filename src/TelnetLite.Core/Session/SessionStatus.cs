namespace TelnetLite.Core.Session;

/// <summary>A snapshot of a session for the status bar and the <c>status</c> command.</summary>
/// <param name="Host">The host as the user gave it; null before any <c>open</c>.</param>
/// <param name="ConnectingSince">When the current connect attempt began, while <see cref="State"/> is Connecting.</param>
/// <param name="ConnectedSince">When the connection was established, while connected.</param>
/// <param name="LogFile">The full path of the session log, or null.</param>
/// <param name="AssistSummary">The assistant's one-line state, e.g. <c>SMTP: RCPT TO ok</c>; empty when not assisting.</param>
/// <param name="Tls">While the connection is encrypted: <c>TLS 1.3</c>, or <c>TLS 1.3 unverified</c>; null in clear text.</param>
public sealed record SessionStatus(
    string? Host,
    int Port,
    ConnectionState State,
    DateTimeOffset? ConnectingSince,
    DateTimeOffset? ConnectedSince,
    long BytesIn,
    long BytesOut,
    bool LocalEcho,
    string? LogFile,
    bool LoggingPaused,
    string AssistSummary,
    string? Tls = null);
