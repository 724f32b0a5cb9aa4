using System.Net;

namespace TelnetLite.Core.Mx;

/// <summary>Which resolver an <see cref="MxLookup"/> asks, and how long it waits.</summary>
/// <param name="Server">The DNS server (<c>--dns</c>, <c>set dns</c>); null asks the system's resolvers
/// (/etc/resolv.conf on Linux and macOS, the network adapters' settings on Windows).</param>
internal sealed record MxLookupOptions(IPEndPoint? Server = null)
{
    /// <summary>How long to wait for each answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times a question that got no answer is asked again.</summary>
    public int Retries { get; init; } = 1;
}
