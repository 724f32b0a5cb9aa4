using TelnetLite.Core.Tests.Support.Peers;

namespace TelnetLite.Tests.Support;

/// <summary>
/// A test that types into the real window in tmux against a real dnsmasq on loopback: skipped, with how to install
/// what is missing, when dnsmasq or tmux is not here; run, and failed by its fixture, when
/// <c>TELNETLITE_REQUIRE_PEERS=1</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class DnsmasqTmuxFactAttribute : FactAttribute
{
    public DnsmasqTmuxFactAttribute()
    {
        if (PeerRequirements.Dnsmasq.SkipReason is { } reason) Skip = reason;
        else if (!TmuxSession.IsAvailable && !PeerRequirement.AreRequired) Skip = TmuxSession.MissingReason;
    }
}
