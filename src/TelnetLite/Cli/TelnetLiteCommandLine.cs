using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Tls;

namespace TelnetLite.Cli;

/// <summary>The command line, in Windows telnet's conventions: <c>telnetlite [options] [host [port]]</c>.</summary>
internal static class TelnetLiteCommandLine
{
    private static readonly Argument<string?> HostArgument = new("host")
    {
        Description = "Host name or address; host:port and [v6addr]:port work too",
        Arity = ArgumentArity.ZeroOrOne,
    };
    private static readonly Argument<string?> PortArgument = new("port")
    {
        Description = "Port (default 23)",
        Arity = ArgumentArity.ZeroOrOne,
    };
    private static readonly Option<string?> LogFileOption = new("--logfile", "-f") { Description = "Write the session log to FILE (appends)", HelpName = "FILE" };
    private static readonly Option<string?> EscapeOption = new("--escape", "-e") { Description = "Escape character, as ^] or one character (default Ctrl+])", HelpName = "CHAR" };
    private static readonly Option<bool> LocalEchoOption = new("--localecho") { Description = "Show the lines you send (on by default; this makes it explicit)" };
    private static readonly Option<double> ConnectTimeoutOption = new("--connect-timeout") { Description = "Seconds to wait for the connection", DefaultValueFactory = _ => 15, HelpName = "SECONDS" };
    private static readonly Option<bool> IPv4Option = new("-4") { Description = "Use IPv4 only" };
    private static readonly Option<bool> IPv6Option = new("-6") { Description = "Use IPv6 only" };
    private static readonly Option<string?> BindOption = new("--bind", "-b") { Description = "Local source address (to test relay rules from a given address)", HelpName = "ADDRESS" };
    private static readonly Option<bool> PlainOption = new("--plain") { Description = "No full-screen UI: line mode on standard input and output" };
    private static readonly Option<bool> RawOutputOption = new("--raw-output") { Description = "Plain mode: pass received bytes through unchanged (binary-safe)" };
    private static readonly Option<bool> AnnotateOption = new("--annotate") { Description = "Plain mode: print the SMTP assistant's explanation after each reply" };
    private static readonly Option<bool> PipelineOption = new("--pipeline") { Description = "Plain mode: send piped commands in groups when the server offers PIPELINING" };
    private static readonly Option<double> IdleExitOption = new("--idle-exit") { Description = "At end of input, exit after the server is quiet this long", DefaultValueFactory = _ => 2, HelpName = "SECONDS" };
    private static readonly Option<double> ReplyTimeoutOption = new("--reply-timeout") { Description = "Longest wait for an awaited reply (exit code 4)", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };

    private static readonly Option<bool> TlsOption = new("--tls") { Description = "Start with TLS (implicit TLS, the default on port 465; --no-tls turns that off)" };
    private static readonly Option<bool> NoTlsOption = new("--no-tls") { Description = "Start in clear text even on port 465" };
    private static readonly Option<bool> InsecureOption = new("--insecure") { Description = "Go on when the server's TLS certificate is not valid (the session is marked unverified)" };
    private static readonly Option<string?> CaFileOption = new("--cafile") { Description = "Also trust the CA certificates in FILE (PEM), e.g. a lab CA", HelpName = "FILE" };
    private static readonly Option<string?> DnsOption = new("--dns") { Description = "The DNS server for mx: and the mx command (default: the system's)", HelpName = "SERVER[:PORT]" };
    private static readonly Option<string?> PasswordFileOption = new("--password-file") { Description = "auth: read the password from FILE (else TELNETLITE_PASSWORD, else ask)", HelpName = "FILE" };

    private static readonly Option<bool> DemoOption = new("--demo") { Description = "Start the built-in demo SMTP server on 127.0.0.1 and connect to it" };
    private static readonly Option<bool> DemoRequireAuthOption = new("--demo-require-auth") { Description = "Demo server: refuse MAIL FROM before AUTH (530 5.7.1)" };
    private static readonly Option<string?> DemoMailboxOption = new("--demo-mailbox") { Description = "Demo server: folder for received messages (.eml)", HelpName = "DIR" };

    private static readonly Option<bool> SmokeTestOption = new("--smoke-test") { Description = "Build the main window, render it once headless, check the screen is not empty, exit 0" };

    /// <summary>Builds the root command; <paramref name="runSession"/> runs a session with the parsed options.</summary>
    public static RootCommand Build(Func<StartOptions, CancellationToken, Task<int>> runSession)
    {
        var root = new RootCommand("TelnetLite: a raw Telnet-style client that explains what an SMTP server says.")
        {
            HostArgument, PortArgument, LogFileOption, EscapeOption, LocalEchoOption, ConnectTimeoutOption, IPv4Option, IPv6Option,
            BindOption, PlainOption, RawOutputOption, AnnotateOption, PipelineOption, IdleExitOption, ReplyTimeoutOption,
            TlsOption, NoTlsOption, InsecureOption, CaFileOption, PasswordFileOption, DnsOption,
            DemoOption, DemoRequireAuthOption, DemoMailboxOption, SmokeTestOption,
        };
        root.SetAction(async (result, cancellationToken) =>
        {
            if (!TryReadStartOptions(result, out var options, out var error))
            {
                await Console.Error.WriteLineAsync($"telnetlite: {error}").ConfigureAwait(false);
                await Console.Error.WriteLineAsync("Try 'telnetlite --help'.").ConfigureAwait(false);
                return 1;
            }
            return await runSession(options, cancellationToken).ConfigureAwait(false);
        });
        return root;
    }

    private static bool TryReadStartOptions(ParseResult result, out StartOptions options, out string error)
    {
        options = new StartOptions();
        error = "";
        OpenRequest? target = null;
        var host = result.GetValue(HostArgument);
        var port = result.GetValue(PortArgument);
        if (host is not null && host.StartsWith('-'))
        {
            // An option we do not know lands here as a host; say what it really is.
            error = $"unknown option '{host}'";
            return false;
        }
        if (host is not null)
        {
            // The same reading as the 'open' command, so host:port and [v6]:port mean the same everywhere.
            switch (new CommandInterpreter().ParseOpenTarget(port is null ? host : host + " " + port, allowTlsAndMx: true))
            {
                case OpenRequest open:
                    target = open;
                    break;
                case OpenMxRequest mx:
                    // Opened like a host: the controller looks the domain up when it connects.
                    target = new OpenRequest("mx:" + mx.Domain, mx.EffectivePort) { Tls = mx.Tls };
                    break;
                case InvalidRequest invalid:
                    error = invalid.Message;
                    return false;
            }
        }
        IPEndPoint? dns = null;
        if (result.GetValue(DnsOption) is { } dnsText && !TelnetLite.Core.Mx.DnsServerAddress.TryParse(dnsText, out dns, out var dnsError))
        {
            error = $"--dns: {dnsError}";
            return false;
        }
        if (result.GetValue(TlsOption) && result.GetValue(NoTlsOption))
        {
            error = "--tls and --no-tls exclude each other";
            return false;
        }
        var tls = result.GetValue(TlsOption) ? TlsChoice.On : result.GetValue(NoTlsOption) ? TlsChoice.Off : TlsChoice.ByPort;
        if (target is not null && tls != TlsChoice.ByPort) target = target with { Tls = tls };
        if (result.GetValue(IPv4Option) && result.GetValue(IPv6Option))
        {
            error = "-4 and -6 exclude each other";
            return false;
        }
        IPAddress? bind = null;
        var bindText = result.GetValue(BindOption);
        if (bindText is not null && !IPAddress.TryParse(bindText.Trim('[', ']'), out bind))
        {
            error = $"--bind '{bindText}' is not an IP address";
            return false;
        }
        if (!TryReadSeconds(result, ConnectTimeoutOption, allowZero: false, out var connectTimeout, out error)
            || !TryReadSeconds(result, IdleExitOption, allowZero: true, out var idleExit, out error)
            || !TryReadSeconds(result, ReplyTimeoutOption, allowZero: false, out var replyTimeout, out error))
        {
            return false;
        }
        options = new StartOptions
        {
            Target = target,
            LogFile = result.GetValue(LogFileOption),
            Escape = result.GetValue(EscapeOption),
            LocalEcho = result.GetValue(LocalEchoOption),
            ConnectTimeout = connectTimeout,
            Family = result.GetValue(IPv4Option) ? AddressFamilyPreference.IPv4
                : result.GetValue(IPv6Option) ? AddressFamilyPreference.IPv6 : AddressFamilyPreference.Any,
            BindAddress = bind,
            Plain = result.GetValue(PlainOption),
            RawOutput = result.GetValue(RawOutputOption),
            Annotate = result.GetValue(AnnotateOption),
            Pipeline = result.GetValue(PipelineOption),
            IdleExit = idleExit,
            ReplyTimeout = replyTimeout,
            Demo = result.GetValue(DemoOption),
            DemoRequireAuth = result.GetValue(DemoRequireAuthOption),
            DemoMailbox = result.GetValue(DemoMailboxOption),
            SmokeTest = result.GetValue(SmokeTestOption),
            Tls = tls,
            Insecure = result.GetValue(InsecureOption),
            CaFile = result.GetValue(CaFileOption),
            PasswordFile = result.GetValue(PasswordFileOption),
            DnsServer = dns,
        };
        if (options.Demo && options.Target is not null)
        {
            error = "--demo connects to the built-in server: leave out the host";
            return false;
        }
        return true;
    }

    private static bool TryReadSeconds(ParseResult result, Option<double> option, bool allowZero, out TimeSpan value, out string error)
    {
        var seconds = result.GetValue(option);
        value = TimeSpan.Zero;
        error = "";
        if (double.IsNaN(seconds) || seconds < 0 || (!allowZero && seconds == 0) || seconds > 86_400)
        {
            error = $"{option.Name} {seconds.ToString(CultureInfo.InvariantCulture)}: give a number of seconds between {(allowZero ? 0 : 0.1)} and 86400";
            return false;
        }
        value = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
