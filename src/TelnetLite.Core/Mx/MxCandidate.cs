using System.Net;

namespace TelnetLite.Core.Mx;

/// <summary>One address to try for <c>open mx:DOMAIN</c>, and why it comes where it does.</summary>
/// <param name="HostName">The MX host (or the domain itself for an implicit MX): the name for SNI and the greeting check.</param>
/// <param name="Preference">Its MX preference; 0 for an implicit MX.</param>
/// <param name="Reason">Why this address is tried at this point, e.g. <c>the most preferred MX host (preference 10)</c>.</param>
internal sealed record MxCandidate(string HostName, IPAddress Address, int Port, int Preference, string Reason)
{
    /// <summary><c>mail1.fabrikam.test [127.0.0.1] port 25</c>.</summary>
    public string Describe() => $"{HostName} [{Address}] port {Port}";
}
