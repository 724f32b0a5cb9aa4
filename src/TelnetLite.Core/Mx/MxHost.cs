using System.Net;

namespace TelnetLite.Core.Mx;

/// <summary>One mail host of a domain: its MX preference, its name and the addresses found for it.</summary>
/// <param name="Preference">The MX preference (lower is tried first); 0 for an implicit MX.</param>
/// <param name="Name">The host name without the trailing dot.</param>
/// <param name="Addresses">Its IPv4 addresses, then its IPv6 addresses; empty when none were found.</param>
/// <param name="IsImplicit">True when there is no MX record and this is the domain itself (RFC 5321 §5.1).</param>
/// <param name="AddressProblem">Why no address is listed (no A/AAAA record, or the lookup failed); null when there are addresses.</param>
internal sealed record MxHost(int Preference, string Name, IReadOnlyList<IPAddress> Addresses, bool IsImplicit, string? AddressProblem);
