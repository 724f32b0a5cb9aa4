using System.Globalization;

namespace TelnetLite.Core.Mx;

/// <summary>Turns an MX lookup into the ordered addresses <c>open mx:DOMAIN</c> tries, each with the reason for its place.</summary>
/// <remarks>
/// Pure. RFC 5321 §5.1: hosts in increasing preference; each host's addresses in turn (IPv4 first here, as the
/// lookup lists them); equal preferences in the order the DNS server gave them, where a sender would shuffle them,
/// so that a test connects to the same host each time. A host without address is skipped, as senders do.
/// </remarks>
internal static class MxConnectPlanner
{
    /// <summary>The SMTP port between servers, used when none is given.</summary>
    public const int DefaultPort = 25;

    public static MxConnectPlan Plan(MxLookupResult result, int port = DefaultPort)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        if (result.Outcome is not (MxLookupOutcome.MailHosts or MxLookupOutcome.ImplicitMx) || !result.HasAddress)
            return new MxConnectPlan(result.Domain, [], string.Join(' ', MxLookupText.Explain(result)));

        var candidates = new List<MxCandidate>();
        var reachable = result.Hosts.Where(host => host.Addresses.Count > 0).ToList();
        for (var h = 0; h < reachable.Count; h++)
        {
            var host = reachable[h];
            for (var a = 0; a < host.Addresses.Count; a++)
            {
                candidates.Add(new MxCandidate(host.Name, host.Addresses[a], port, host.Preference, Reason(result, reachable, h, a)));
            }
        }

        return new MxConnectPlan(result.Domain, candidates, null);
    }

    private static string Reason(MxLookupResult result, IReadOnlyList<MxHost> hosts, int hostIndex, int addressIndex)
    {
        var host = hosts[hostIndex];
        var preference = host.Preference.ToString(CultureInfo.InvariantCulture);
        if (addressIndex > 0) return $"another address of {host.Name} ({addressIndex + 1} of {host.Addresses.Count})";
        if (host.IsImplicit) return $"the domain's own address: {result.Domain} has no MX record (implicit MX, RFC 5321 §5.1)";
        if (hostIndex == 0)
        {
            var skipped = result.Hosts.TakeWhile(h => h != host).Select(h => h.Name).ToList();
            var tie = hosts.Count > 1 && hosts[1].Preference == host.Preference ? ", listed first among equal preferences" : "";
            return skipped.Count == 0
                ? $"the most preferred MX host (preference {preference}{tie})"
                : $"the most preferred MX host with an address (preference {preference}; {string.Join(", ", skipped)} has none)";
        }

        var previous = hosts[hostIndex - 1];
        return previous.Preference == host.Preference
            ? $"an MX host of the same preference ({preference})"
            : $"the next MX host (preference {preference})";
    }
}
