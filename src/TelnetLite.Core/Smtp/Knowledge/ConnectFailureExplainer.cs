using TelnetLite.Core.Session;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Explains a failed connect with the seed's five causes ("Why the connection can fail").</summary>
/// <remarks>
/// The seed's causes, in its words: the target SMTP service is not available; a firewall at the target restricts the
/// connection; a firewall at the source restricts the connection; the FQDN or IP address given for the target server
/// is wrong; the port number given is wrong. Each failure kind lists the ones it points to, most likely first. Pure.
/// </remarks>
internal static class ConnectFailureExplainer
{
    private const string ServiceDown = "the target SMTP service is not available";
    private const string TargetFirewall = "a firewall at the target restricts the connection";
    private const string SourceFirewall = "a firewall at the source restricts the connection";
    private const string WrongAddress = "the FQDN or IP address given for the target server is wrong";
    private const string WrongPort = "the port number given is wrong";

    /// <summary>The diagnosis of a connect to <paramref name="host"/> port <paramref name="port"/> that failed as <paramref name="kind"/>.</summary>
    public static ConnectFailureExplanation Explain(ConnectFailureKind kind, string host, int port)
    {
        var name = string.IsNullOrWhiteSpace(host) ? "the host" : host;
        return kind switch
        {
            ConnectFailureKind.NameNotResolved => new(kind,
                $"{name} does not resolve in DNS: the FQDN or IP address is wrong",
                [WrongAddress, "the DNS server this machine uses cannot be reached, or does not know internal names"],
                $"check the name (nslookup {name}); for a domain's mail server look up its MX record (nslookup -type=mx <domain>), or open the server's IP address"),
            ConnectFailureKind.Refused => new(kind,
                "no service is listening on that port: the SMTP service is down or the port is wrong",
                [ServiceDown, WrongPort, TargetFirewall],
                $"check the port (25 between servers, 587 for submission, 465 for TLS from the start) and that the SMTP service runs on {name}"),
            ConnectFailureKind.TimedOut => new(kind,
                "no answer in time: a firewall at the target or the source is dropping the connection (or the host is down)",
                [TargetFirewall, SourceFirewall, $"{ServiceDown}: the host is down", WrongAddress],
                "check the firewalls on both sides (many networks and providers block outgoing port 25): try from another network or port 587, or a longer --connect-timeout"),
            ConnectFailureKind.Unreachable => new(kind,
                $"no route to {name}: a routing problem between this machine and the target",
                ["this machine has no route to the target's network (routing, VPN, or IPv6 without IPv6 connectivity)", WrongAddress, SourceFirewall],
                $"check the address and the route (ping {name}, traceroute {name}); -4 or -6 chooses the address family"),
            ConnectFailureKind.WrongAddressFamily => new(kind,
                $"{name} is an address of the other IP family than -4 / -6 asks for",
                ["-4 was given with an IPv6 address, or -6 with an IPv4 address"],
                "leave out -4 / -6, or give an address of the family you want"),
            ConnectFailureKind.BindFailed => new(kind,
                "the local address given with --bind cannot be used",
                ["the address is not one of this machine's, or is of the other address family than the target"],
                "give an address this machine owns (ip addr, ipconfig), or leave out --bind"),
            _ => new(ConnectFailureKind.Other,
                $"the connection to {name} port {port} could not be opened",
                [ServiceDown, TargetFirewall, SourceFirewall, WrongAddress, WrongPort],
                $"check the name, the port ({port}) and the firewalls"),
        };
    }
}
