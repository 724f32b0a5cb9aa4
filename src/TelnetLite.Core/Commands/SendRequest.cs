namespace TelnetLite.Core.Commands;

/// <summary><c>send ao|ayt|brk|esc|ip|synch|TEXT</c>: send a Telnet command or text to the server.</summary>
/// <remarks>
/// Text is sent as typed with no line ending added, through the same outgoing filter as typed lines (control
/// characters stripped, IAC doubled when Telnet processing is on). <see cref="SendKind.Esc"/> sends the current escape character
/// as data, so a server can receive it.
/// </remarks>
/// <param name="Kind">What to send.</param>
/// <param name="Text">The text for <see cref="SendKind.Text"/>, exactly as typed after <c>send </c>; null otherwise.</param>
internal sealed record SendRequest(SendKind Kind, string? Text = null) : CommandRequest;
