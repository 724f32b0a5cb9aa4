namespace TelnetLite.Core.Commands;

/// <summary>An abbreviation matched several commands or options; show <see cref="Message"/>.</summary>
/// <param name="Word">The abbreviation as typed.</param>
/// <param name="Candidates">Every full name it could mean, in alphabetical order.</param>
/// <param name="Message">One line, e.g. <c>Ambiguous command 'se': send, set</c>.</param>
internal sealed record AmbiguousRequest(string Word, IReadOnlyList<string> Candidates, string Message) : CommandRequest;
