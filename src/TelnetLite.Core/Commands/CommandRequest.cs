namespace TelnetLite.Core.Commands;

/// <summary>What a command line asks for, as parsed by <see cref="CommandInterpreter.Parse"/>.</summary>
/// <remarks>
/// The interpreter only parses: the session controller executes the request. Every line gives exactly one request,
/// bad input included (<see cref="InvalidRequest"/>, <see cref="AmbiguousRequest"/>), so a switch over the derived
/// types is all a controller needs. Requests are immutable and compare by value.
/// </remarks>
public abstract record CommandRequest;
