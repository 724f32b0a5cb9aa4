using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace TelnetLite.Core.Session;

/// <summary>A host and port as the user wrote them: <c>host [port]</c>, <c>host:port</c> or <c>[v6addr]:port</c>.</summary>
/// <remarks>
/// Windows telnet silently ignores <c>:port</c> and connects to 23, a known trap; TelnetLite honours it. A bare IPv6
/// address (several colons, no brackets) is taken as a host, never split.
/// </remarks>
public sealed record HostAndPort(string Host, int Port)
{
    /// <summary>Telnet's port.</summary>
    public const int TelnetPort = 23;

    /// <summary>Parses a host word and an optional port word.</summary>
    /// <param name="hostWord">The host, possibly with <c>:port</c> or in brackets.</param>
    /// <param name="portWord">A separate port argument, or null.</param>
    /// <param name="defaultPort">The port when none is given.</param>
    /// <param name="result">The parsed value.</param>
    /// <param name="error">Why the input is not a host and port, in words.</param>
    public static bool TryParse(string hostWord, string? portWord, int defaultPort, out HostAndPort result, out string error)
    {
        result = new HostAndPort("", defaultPort);
        error = "";
        var host = hostWord.Trim();
        string? embeddedPort = null;
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            if (close < 0)
            {
                error = $"'{hostWord}': missing ']' after the IPv6 address";
                return false;
            }
            var rest = host[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                {
                    error = $"'{hostWord}': expected ':port' after ']'";
                    return false;
                }
                embeddedPort = rest[1..];
            }
            host = host[1..close];
        }
        else if (host.Count(c => c == ':') == 1)
        {
            var colon = host.IndexOf(':');
            embeddedPort = host[(colon + 1)..];
            host = host[..colon];
        }
        if (host.Length == 0)
        {
            error = "no host given";
            return false;
        }
        if (host.Contains(':') && !(IPAddress.TryParse(host, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6))
        {
            error = $"'{host}' is not a valid IPv6 address";
            return false;
        }
        if (embeddedPort is not null && portWord is not null)
        {
            error = $"the port is given twice ('{hostWord}' and '{portWord}')";
            return false;
        }
        var port = defaultPort;
        var portText = embeddedPort ?? portWord;
        if (portText is not null && !TryParsePort(portText, out port))
        {
            error = $"'{portText}' is not a port number (1-65535)";
            return false;
        }
        result = new HostAndPort(host, port);
        return true;
    }

    /// <summary>Parses 1–65535.</summary>
    public static bool TryParsePort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;

    /// <inheritdoc />
    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
