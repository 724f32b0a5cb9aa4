using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Tests.Support;

/// <summary>
/// A test that logs in to a real inetutils telnetd from the real window in tmux: skipped, with how to install what is
/// missing, when telnetd (with socat and root for its user) or tmux is not here; run, and failed by its fixture, when
/// <c>TELNETLITE_REQUIRE_PEERS=1</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class TelnetdTmuxFactAttribute : FactAttribute
{
    public TelnetdTmuxFactAttribute()
    {
        if (PeerRequirements.Telnetd.SkipReason is { } reason) Skip = reason;
        else if (!TmuxSession.IsAvailable && !PeerRequirement.AreRequired) Skip = TmuxSession.MissingReason;
    }
}
