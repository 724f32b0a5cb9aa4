namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>
/// A fact that talks to an outside program (<see cref="Peer"/>): skipped, with a reason that says how to install the
/// program, when it is missing; run (and failed by its fixture) when <c>TELNETLITE_REQUIRE_PEERS=1</c>.
/// </summary>
/// <remarks>xunit 2 has no skipping from inside a test, so the decision is taken here, where the runner counts it.</remarks>
internal sealed class PeerFactAttribute : FactAttribute
{
    public PeerFactAttribute(Peer peer)
    {
        if (PeerRequirements.For(peer).SkipReason is { } reason) Skip = reason;
    }
}
