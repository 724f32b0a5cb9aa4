using System.CommandLine;
using TelnetLite.Core;
using TelnetLite.Core.Mx;

namespace TelnetLite.Cli;

/// <summary><c>telnetlite mx DOMAIN [--dns SERVER[:PORT]]</c>: the domain's mail hosts, one per line, most preferred first.</summary>
/// <remarks>Standard output carries only the host lines (<c>PREFERENCE HOST ADDRESS...</c>), so scripts can read them;
/// what the answer means goes to standard error, as TelnetLite's own notes do everywhere. Exit codes: 0 mail hosts
/// listed, 1 bad domain or --dns, 5 the lookup failed (timeout, SERVFAIL, REFUSED, unreachable server), 6 the domain
/// has nowhere to deliver (NXDOMAIN, null MX, no MX and no address).</remarks>
internal static class MxCommand
{
    public static Command Build()
    {
        var domain = new Argument<string>("domain") { Description = "The mail domain, e.g. fabrikam.com" };
        var dns = new Option<string?>("--dns") { Description = "DNS server to ask (default: the system's resolver)", HelpName = "SERVER[:PORT]" };
        var command = new Command("mx", "List a domain's mail hosts (MX records) with their addresses; exit 0 found, 5 lookup failed, 6 no mail host")
        {
            domain, dns,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new MxLookupOptions();
            if (result.GetValue(dns) is { } server)
            {
                if (!DnsServerAddress.TryParse(server, out var endPoint, out var error))
                {
                    await Console.Error.WriteLineAsync($"telnetlite mx: --dns: {error}").ConfigureAwait(false);
                    return (int)ExitCode.BadInput;
                }
                options = options with { Server = endPoint };
            }

            var found = await new MxLookup(options).LookupAsync(result.GetValue(domain)!, cancellationToken).ConfigureAwait(false);
            foreach (var line in MxLookupText.HostLines(found)) Console.Out.WriteLine(line);
            await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            foreach (var line in MxLookupText.Explain(found)) await Console.Error.WriteLineAsync(line).ConfigureAwait(false);
            return (int)found.ExitCode;
        });
        return command;
    }
}
