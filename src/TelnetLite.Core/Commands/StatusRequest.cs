namespace TelnetLite.Core.Commands;

/// <summary><c>status</c>: show the connection; <see cref="StatusDisplay.Format"/> gives the lines.</summary>
internal sealed record StatusRequest : CommandRequest;
