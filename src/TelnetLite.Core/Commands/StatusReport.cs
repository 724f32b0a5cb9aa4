namespace TelnetLite.Core.Commands;

/// <summary>A snapshot of the session for <c>status</c>, taken by the controller when the command runs.</summary>
/// <param name="IsConnected">False when there is no connection; then only local echo and the log file are shown.</param>
/// <param name="Host">The host as the user gave it.</param>
/// <param name="Port">The port connected to.</param>
/// <param name="RemoteAddress">The address actually connected to, or null to leave it out.</param>
/// <param name="ConnectedFor">Time since the connection was established.</param>
/// <param name="BytesReceived">Bytes read from the socket.</param>
/// <param name="BytesSent">Bytes written to the socket.</param>
/// <param name="TelnetProcessing">Whether Telnet processing is on now (in auto mode it may have switched on).</param>
/// <param name="LocalEcho">Whether local echo is on now (off while the server echoes).</param>
/// <param name="LogFile">The log file's path, or null.</param>
/// <param name="Logging">False while logging is paused.</param>
/// <param name="SmtpState">The assistant's state as its summary words it (e.g. <c>SMTP: EHLO ok</c>), or null to leave it out.</param>
internal sealed record StatusReport(
    bool IsConnected,
    string? Host,
    int Port,
    string? RemoteAddress,
    TimeSpan ConnectedFor,
    long BytesReceived,
    long BytesSent,
    bool TelnetProcessing,
    bool LocalEcho,
    string? LogFile,
    bool Logging,
    string? SmtpState);
