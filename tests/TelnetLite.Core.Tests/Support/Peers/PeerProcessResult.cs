namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>How a peer's control program ended: its exit code (-1 when killed) and what it printed.</summary>
internal sealed record PeerProcessResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
