namespace TelnetLite.Core.Commands;

/// <summary>The line could not be understood; show <see cref="Message"/> and do nothing else.</summary>
/// <param name="Message">
/// One line: <see cref="CommandInterpreter.InvalidCommandMessage"/> for an unknown command, otherwise a message naming
/// the problem and the accepted values.
/// </param>
public sealed record InvalidRequest(string Message) : CommandRequest;
