using System.Globalization;

namespace TelnetLite.Core.Mx;

/// <summary>Puts an <see cref="MxLookupResult"/> into words a mail administrator acts on: one line per host, and what
/// the outcome means.</summary>
/// <remarks>Pure. The host lines are <c>PREFERENCE HOST ADDRESS...</c> so a script can cut them with awk.</remarks>
internal static class MxLookupText
{
    /// <summary>One host: <c>10 mail1.fabrikam.test 127.0.0.1</c>; a host without address says why instead.</summary>
    public static string HostLine(MxHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var preference = host.Preference.ToString(CultureInfo.InvariantCulture);
        return host.Addresses.Count > 0
            ? $"{preference} {host.Name} {string.Join(' ', host.Addresses)}"
            : $"{preference} {host.Name} (no address: {host.AddressProblem ?? "no A or AAAA record"})";
    }

    /// <summary>Every host line, in preference order.</summary>
    public static IReadOnlyList<string> HostLines(MxLookupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Hosts.Select(HostLine)];
    }

    /// <summary>What the result means and, where something is wrong, what to do; one or two lines.</summary>
    public static IReadOnlyList<string> Explain(MxLookupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var domain = result.Domain;
        var asked = $"(asked {result.Resolver})";
        return result.Outcome switch
        {
            MxLookupOutcome.MailHosts => MailHosts(result, asked),
            MxLookupOutcome.ImplicitMx =>
            [
                $"{domain} has no MX record, so mail goes to the address of {domain} itself: RFC 5321 §5.1 treats it as an implicit MX of preference 0 {asked}.",
                result.HasAddress
                    ? "Most domains publish MX records on purpose; if this one should receive mail at other hosts, its MX records are missing."
                    : $"{domain} has no address either: there is nowhere to deliver.",
            ],
            MxLookupOutcome.NullMx =>
            [
                $"{domain} publishes a null MX (0 .): by RFC 7505 it accepts no mail at all {asked}.",
                "Senders bounce mail to it at once (556 5.1.10) instead of queueing; if the domain should receive mail, the null MX record must be replaced by real MX records.",
            ],
            MxLookupOutcome.NoMailHost =>
            [
                $"{domain} exists but has neither an MX record nor an address (A or AAAA) {asked}: there is nowhere to deliver mail for it.",
                "Publish an MX record pointing at the mail server (or check the spelling of the domain).",
            ],
            MxLookupOutcome.DomainNotFound =>
            [
                $"{domain} does not exist in DNS: {result.Resolver} answered NXDOMAIN, no such name.",
                "Check the spelling; otherwise the domain has expired, is not delegated yet, or exists only in another DNS view (an internal name asked of a public resolver: try --dns with your internal DNS server).",
            ],
            MxLookupOutcome.ServerFailure =>
            [
                $"The DNS server answered SERVFAIL for {domain} {asked}: it could not get an answer itself.",
                "The domain's own name servers are down, unreachable or misconfigured, or DNSSEC validation failed; try again later, or ask another resolver with --dns SERVER.",
            ],
            MxLookupOutcome.Refused =>
            [
                $"The DNS server refused to answer for {domain} (REFUSED) {asked}.",
                "It does not serve this name or this client: a resolver that only answers its own network, or a server that is not authoritative for the domain; ask another resolver with --dns SERVER.",
            ],
            MxLookupOutcome.Timeout =>
            [
                $"No answer from the DNS server {result.Resolver} within {Seconds(result.Timeout)} s (retries included) for {domain}.",
                "The server is down or the address is wrong, or a firewall drops DNS (UDP and TCP port 53); give another with --dns SERVER.",
            ],
            MxLookupOutcome.NetworkError =>
            [
                $"The DNS server could not be asked about {domain} {asked}: {result.Detail ?? "the network refused the query"}.",
                "Check the address given with --dns (and that a DNS server runs there), or this machine's network settings.",
            ],
            MxLookupOutcome.InvalidDomain =>
            [
                $"'{domain}' is not a domain name: {result.Detail ?? "use letters, digits, hyphens and dots"}.",
            ],
            _ =>
            [
                $"The DNS server answered {result.Detail ?? "with an error"} for {domain} {asked}.",
                "That is a fault of the DNS server or of the question; try again, or ask another resolver with --dns SERVER.",
            ],
        };
    }

    private static IReadOnlyList<string> MailHosts(MxLookupResult result, string asked)
    {
        var first = result.Hosts[0];
        var count = result.Hosts.Count;
        var lines = new List<string>
        {
            count == 1
                ? $"{result.Domain} has one MX host, {first.Name} {asked}."
                : $"{result.Domain} has {count} MX hosts {asked}: senders try the lowest preference first ({first.Name}, {first.Preference.ToString(CultureInfo.InvariantCulture)}) and the others when it does not answer.",
        };
        var missing = result.Hosts.Where(host => host.Addresses.Count == 0).Select(host => host.Name).ToList();
        if (missing.Count == result.Hosts.Count)
            lines.Add("None of them has an address: there is nowhere to deliver; the MX records point at names that do not resolve.");
        else if (missing.Count > 0)
            lines.Add($"Without an address, and skipped by senders: {string.Join(", ", missing)}.");
        return lines;
    }

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
