namespace TelnetLite.Core.Commands;

/// <summary><c>close</c> (or inetutils' <c>logout</c>): end the connection politely and stay in command mode.</summary>
internal sealed record CloseRequest : CommandRequest;
