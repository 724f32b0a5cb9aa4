namespace TelnetLite.Core.Commands;

/// <summary>A blank command line: as in Windows telnet, return to the session (when connected).</summary>
internal sealed record EmptyRequest : CommandRequest;
