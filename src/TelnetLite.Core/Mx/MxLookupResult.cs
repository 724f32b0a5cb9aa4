namespace TelnetLite.Core.Mx;

/// <summary>What an MX lookup found: the outcome, the mail hosts in preference order, and who answered.</summary>
/// <param name="Domain">The domain asked about, as sent to DNS (IDN names in their xn-- form).</param>
/// <param name="Resolver">The DNS server that answered, or was asked, as <c>ADDRESS[:PORT]</c>.</param>
/// <param name="Hosts">For <see cref="MxLookupOutcome.MailHosts"/> the MX hosts, lowest preference first (equal
/// preferences in the order the server gave them); for <see cref="MxLookupOutcome.ImplicitMx"/> the domain itself;
/// otherwise empty.</param>
/// <param name="Detail">For failures, what the server or the network said (a response code such as FORMERR, or the
/// socket error); otherwise null.</param>
/// <remarks><see cref="MxLookupText"/> turns it into words; <see cref="MxConnectPlanner"/> into addresses to try.</remarks>
internal sealed record MxLookupResult(string Domain, MxLookupOutcome Outcome, string Resolver, IReadOnlyList<MxHost> Hosts, string? Detail = null)
{
    /// <summary>The timeout used, for the explanation of <see cref="MxLookupOutcome.Timeout"/>.</summary>
    public TimeSpan Timeout { get; init; }

    /// <summary>True when at least one host has an address to connect to.</summary>
    public bool HasAddress => Hosts.Any(host => host.Addresses.Count > 0);

    /// <summary>The exit code of <c>telnetlite mx</c> for this result.</summary>
    public ExitCode ExitCode => Outcome switch
    {
        MxLookupOutcome.MailHosts or MxLookupOutcome.ImplicitMx => HasAddress ? ExitCode.Ok : ExitCode.NoMailHost,
        MxLookupOutcome.NullMx or MxLookupOutcome.NoMailHost or MxLookupOutcome.DomainNotFound => ExitCode.NoMailHost,
        MxLookupOutcome.InvalidDomain => ExitCode.BadInput,
        _ => ExitCode.DnsLookupFailed,
    };
}
