namespace TelnetLite.Core.Commands;

/// <summary><c>?</c>, <c>help</c> or <c>help COMMAND</c>; also <c>set ?</c> and <c>unset ?</c>.</summary>
/// <remarks><see cref="HelpText.For"/> gives the lines to show.</remarks>
/// <param name="Topic">A command's full name (<c>open</c>, <c>set</c>, <c>unset</c>...), or null for the list of commands.</param>
internal sealed record HelpRequest(string? Topic = null) : CommandRequest;
