namespace TelnetLite.Core.Scripts;

/// <summary>Where a script runs and how long it waits.</summary>
/// <param name="Host">The server given on the command line (or the demo server's address); null to use the script's
/// <c>!open</c> lines. When set, it replaces the host and port of every <c>!open</c>.</param>
/// <param name="Port">The port used with <paramref name="Host"/> (default 25).</param>
public sealed record SmtpScriptRunOptions(string? Host = null, int Port = 25)
{
    /// <summary>The longest wait for the greeting or for the reply to a command; past it the run ends with exit code 4.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
