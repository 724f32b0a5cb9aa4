using System.Net;

namespace TelnetLite.Core.Session;

/// <summary>Where and how to connect.</summary>
/// <param name="Host">A name, an IPv4 address or an IPv6 address (without brackets).</param>
/// <param name="Port">1–65535.</param>
/// <param name="Timeout">How long the whole attempt (resolution and every address) may take.</param>
/// <param name="Family">Restricts the address family.</param>
/// <param name="LocalAddress">Binds the local end to this address first (<c>-b</c>), e.g. to test relay rules.</param>
public sealed record ConnectRequest(
    string Host,
    int Port,
    TimeSpan Timeout,
    AddressFamilyPreference Family = AddressFamilyPreference.Any,
    IPAddress? LocalAddress = null);
