using TelnetLite.Core.Mx;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Commands;

/// <summary>
/// Reads <c>host [port]</c>, <c>host:port</c>, <c>[v6addr]:port</c> and bare IPv6 addresses, so that the Windows telnet
/// trap (<c>host:port</c> silently going to port 23) cannot happen; with <c>allowTlsAndMx</c> also <c>--tls</c>,
/// <c>--no-tls</c> and <c>mx:DOMAIN</c>.
/// </summary>
internal static class OpenTargetParser
{
    public const string Usage = "Usage: open host [port]";

    private const string MxPrefix = "mx:";
    private const string TlsUsage = "Usage: open [--tls|--no-tls] host [port], or open [--tls|--no-tls] mx:DOMAIN [port]";

    public static CommandRequest Parse(string arguments, bool hostRequired, bool allowTlsAndMx = false)
    {
        var words = CommandLineText.Words(arguments);
        var tls = TlsChoice.ByPort;
        if (allowTlsAndMx)
        {
            var flags = words.Where(word => word.StartsWith("--", StringComparison.Ordinal)).ToList();
            foreach (var flag in flags)
            {
                var choice = flag.ToLowerInvariant() switch
                {
                    "--tls" => TlsChoice.On,
                    "--no-tls" => TlsChoice.Off,
                    _ => (TlsChoice?)null,
                };
                if (choice is null) return new InvalidRequest($"Unknown option '{flag}'. {TlsUsage}");
                if (tls != TlsChoice.ByPort && tls != choice) return new InvalidRequest($"--tls and --no-tls exclude each other. {TlsUsage}");
                tls = choice.Value;
            }

            words = [.. words.Where(word => !word.StartsWith("--", StringComparison.Ordinal))];
            if (words.Count > 0 && words[0].StartsWith(MxPrefix, StringComparison.OrdinalIgnoreCase)) return ParseMx(words, tls);
        }

        return WithTls(ParseHost(words, hostRequired), tls);
    }

    private static CommandRequest WithTls(CommandRequest request, TlsChoice tls) =>
        request is OpenRequest open && tls != TlsChoice.ByPort ? open with { Tls = tls } : request;

    private static CommandRequest ParseMx(IReadOnlyList<string> words, TlsChoice tls)
    {
        if (words.Count > 2) return new InvalidRequest($"Too many arguments. {TlsUsage}");
        if (!MailDomain.TryNormalise(words[0][MxPrefix.Length..], out var domain, out var error))
            return new InvalidRequest($"Bad domain in '{words[0]}': {error}");
        if (words.Count == 1) return new OpenMxRequest(domain, null) { Tls = tls };
        return ServicePorts.TryParse(words[1], out var port)
            ? new OpenMxRequest(domain, port) { Tls = tls }
            : new InvalidRequest($"Bad port '{words[1]}': give {ServicePorts.Accepted}");
    }

    private static CommandRequest ParseHost(IReadOnlyList<string> words, bool hostRequired)
    {
        if (words.Count == 0)
        {
            return hostRequired ? new InvalidRequest($"No host given. {Usage}") : new OpenRequest(null, null);
        }

        if (words.Count > 2)
        {
            return new InvalidRequest($"Too many arguments. {Usage}");
        }

        var (host, portText, hostError) = ReadHost(words[0]);
        if (hostError is not null)
        {
            return new InvalidRequest(hostError);
        }

        if (words.Count == 2)
        {
            if (portText is not null)
            {
                return new InvalidRequest($"Port given twice ('{words[0]}' and '{words[1]}'). {Usage}");
            }

            portText = words[1];
        }

        if (portText is null)
        {
            return new OpenRequest(host, null);
        }

        return ServicePorts.TryParse(portText, out var port)
            ? new OpenRequest(host, port)
            : new InvalidRequest($"Bad port '{portText}': give {ServicePorts.Accepted}");
    }

    private static (string Host, string? Port, string? Error) ReadHost(string word)
    {
        string host;
        string? port = null;
        if (word.Contains("://", StringComparison.Ordinal))
        {
            host = word;
        }
        else if (word.StartsWith('['))
        {
            var close = word.IndexOf(']');
            if (close < 0)
            {
                return (word, null, $"Bad address '{word}': missing ']'. {Usage} (e.g. open [::1]:25)");
            }

            host = word[1..close];
            var after = word[(close + 1)..];
            if (after.Length > 0)
            {
                if (after[0] != ':')
                {
                    return (word, null, $"Bad address '{word}': only ':port' may follow ']'. {Usage}");
                }

                port = after[1..];
                if (port.Length == 0)
                {
                    return (word, null, $"No port after ':' in '{word}'. {Usage}");
                }
            }

            if (host.Length == 0 || !host.Contains(':'))
            {
                return (word, null, $"Bad address '{word}': brackets hold an IPv6 address, e.g. [::1]:25");
            }
        }
        else if (word.Count(c => c == ':') == 1)
        {
            var colon = word.IndexOf(':');
            host = word[..colon];
            port = word[(colon + 1)..];
            if (host.Length == 0)
            {
                return (word, null, $"No host before ':' in '{word}'. {Usage}");
            }

            if (port.Length == 0)
            {
                return (word, null, $"No port after ':' in '{word}'. {Usage}");
            }
        }
        else
        {
            host = word;
        }

        return IsPlausibleHost(host)
            ? (host, port, null)
            : (word, null, $"Bad host name '{word}': give a name, an IPv4 address, or an IPv6 address ([brackets] with a port). {Usage}");
    }

    // Names, IPv4 and IPv6 (with a %zone) only: anything else is a typing slip or a URL, better refused here than at DNS.
    private static bool IsPlausibleHost(string host) =>
        host.Length is > 0 and <= 253
        && host[0] != '-'
        && host.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '%');
}
