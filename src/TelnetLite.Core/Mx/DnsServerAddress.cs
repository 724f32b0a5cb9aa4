using System.Globalization;
using System.Net;

namespace TelnetLite.Core.Mx;

/// <summary>Reads <c>SERVER[:PORT]</c> as given to <c>--dns</c> and <c>set dns</c>: an IPv4 address, an IPv6 address
/// (bracketed when a port follows, <c>[::1]:5353</c>), and a port that defaults to 53.</summary>
/// <remarks>Only addresses: a resolver given by name would itself need a resolver to be found.</remarks>
internal static class DnsServerAddress
{
    /// <summary>The DNS port (RFC 1035 §4.2).</summary>
    public const int DefaultPort = 53;

    public const string Usage = "give the DNS server as an IP address with an optional port: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53";

    /// <summary>Parses <paramref name="text"/>; false with a message naming the problem when it is not an address.</summary>
    public static bool TryParse(string? text, out IPEndPoint endPoint, out string error)
    {
        endPoint = new IPEndPoint(IPAddress.None, DefaultPort);
        error = "";
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            error = $"no DNS server given: {Usage}";
            return false;
        }

        string host;
        string? port = null;
        if (trimmed.StartsWith('['))
        {
            var close = trimmed.IndexOf(']');
            if (close < 0 || (close + 1 < trimmed.Length && trimmed[close + 1] != ':'))
            {
                error = $"'{trimmed}' is not SERVER[:PORT]: {Usage}";
                return false;
            }

            host = trimmed[1..close];
            if (close + 1 < trimmed.Length) port = trimmed[(close + 2)..];
        }
        else if (trimmed.Count(c => c == ':') == 1)
        {
            var colon = trimmed.IndexOf(':');
            host = trimmed[..colon];
            port = trimmed[(colon + 1)..];
        }
        else
        {
            host = trimmed;
        }

        if (!IPAddress.TryParse(host, out var address) || (host.Contains(':') && address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            || (!host.Contains(':') && host.Count(c => c == '.') != 3))
        {
            error = $"'{trimmed}' is not an IP address: {Usage}";
            return false;
        }

        var number = DefaultPort;
        if (port is not null
            && (port.Length is 0 or > 5 || !port.All(char.IsAsciiDigit)
                || !int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 65535))
        {
            error = $"'{port}' is not a port: give a number from 1 to 65535";
            return false;
        }

        endPoint = new IPEndPoint(address, number);
        return true;
    }

    /// <summary>An end point as a person types it: <c>192.0.2.53</c> for port 53, else <c>192.0.2.53:5353</c> or <c>[::1]:5353</c>.</summary>
    public static string Format(IPEndPoint endPoint)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        if (endPoint.Port == DefaultPort) return endPoint.Address.ToString();
        return endPoint.ToString();
    }
}
