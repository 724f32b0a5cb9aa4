namespace TelnetLite.Core.Session;

/// <summary>A failed connection attempt with its diagnosis.</summary>
/// <param name="Kind">The cause, mapped to the seed's five causes.</param>
/// <param name="Detail">The operating system's own words (for the log and for experts).</param>
public sealed record ConnectFailure(string Host, int Port, ConnectFailureKind Kind, string Detail)
{
    /// <summary>Classic telnet's line: <c>Connecting to HOST...Could not open connection to the host, on port N: Connect failed</c>.</summary>
    public string ClassicLine => $"Connecting to {Host}...Could not open connection to the host, on port {Port}: Connect failed";
}
