namespace TelnetLite.Core.Session;

/// <summary>Which address family to connect with (<c>-4</c> / <c>-6</c>).</summary>
public enum AddressFamilyPreference
{
    /// <summary>Whatever the name resolves to, in resolver order.</summary>
    Any,
    /// <summary>IPv4 only.</summary>
    IPv4,
    /// <summary>IPv6 only.</summary>
    IPv6,
}
