namespace TelnetLite.Core.Session;

/// <summary>Explains a failed connection in the assistant's style: the seed's likely cause, then what to try next.</summary>
public static class ConnectFailureExplainer
{
    /// <summary>Lines after the classic line: <c>cause: ...</c> (most likely first), then <c>next: ...</c> lines.</summary>
    public static IReadOnlyList<string> Explain(ConnectFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var host = failure.Host;
        var port = failure.Port;
        return failure.Kind switch
        {
            ConnectFailureKind.NameNotResolved =>
            [
                $"cause: the name '{host}' does not resolve: the FQDN or IP address is wrong.",
                "next: check the spelling; for mail, look up the domain's MX host (nslookup -type=mx DOMAIN) and open that.",
            ],
            ConnectFailureKind.Refused =>
            [
                $"cause: no service is listening on port {port}: the SMTP service is down or the port is wrong.",
                "next: check the port (25 for server-to-server mail, 587 for submission, 465 for implicit TLS) and that the mail service is running on the host.",
            ],
            ConnectFailureKind.TimedOut =>
            [
                $"cause: no answer from {host} port {port}: a firewall at the target or the source is dropping the connection (or the host is down).",
                "cause: many ISPs and cloud networks block outbound port 25.",
                "next: try from another network or host; ask the firewall owner to allow this source; try port 587; raise --connect-timeout for a slow link.",
            ],
            ConnectFailureKind.Unreachable =>
            [
                $"cause: no route to {host}: the network or host is unreachable from here (routing, VPN or a down link).",
                "next: check this machine's network and routes (ping, tracert/traceroute) and whether the address is the one you meant.",
            ],
            ConnectFailureKind.BindFailed =>
            [
                "cause: the local address given with --bind is not an address of this machine, or is of the other IP family.",
                "next: give an address this machine owns (ip addr / ipconfig), or leave out --bind.",
            ],
            _ =>
            [
                "cause: the operating system refused the connection attempt (see the detail below).",
                "next: check the host, the port and this machine's network settings.",
            ],
        };
    }
}
