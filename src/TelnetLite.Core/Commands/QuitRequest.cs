namespace TelnetLite.Core.Commands;

/// <summary><c>quit</c> (or <c>exit</c>): close any connection and leave TelnetLite.</summary>
internal sealed record QuitRequest : CommandRequest;
