using System.CommandLine;
using System.Globalization;
using System.Net.Sockets;
using TelnetLite.Core;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Scripts;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Text;
using TelnetLite.Core.Tls;

namespace TelnetLite.Cli;

/// <summary>
/// <c>telnetlite run SCRIPT [host [port]]</c>: runs an SMTP script and exits with the verdict, printing the
/// conversation as <c>--annotate</c> does (received lines, sent lines, <c># </c> annotations) with each step's time.
/// </summary>
/// <remarks>Standard output carries the annotated conversation and the runner's remarks; standard error carries
/// TelnetLite's own notes (connecting, connected, closed), as in plain mode.</remarks>
internal static class RunCommand
{
    private static readonly Argument<string> ScriptArgument = new("script") { Description = "The script: lines to send as typed, # comments, !expect/!open/!starttls/!auth/!set logfile/!sleep directives" };
    private static readonly Argument<string?> HostArgument = new("host") { Description = "Server to run against (replaces the script's !open)", Arity = ArgumentArity.ZeroOrOne };
    private static readonly Argument<string?> PortArgument = new("port") { Description = "Port (default 25)", Arity = ArgumentArity.ZeroOrOne };
    private static readonly Option<bool> DemoOption = new("--demo") { Description = "Run against the built-in demo SMTP server on 127.0.0.1" };
    private static readonly Option<bool> DemoRequireAuthOption = new("--demo-require-auth") { Description = "Demo server: refuse MAIL FROM before AUTH (530 5.7.1)" };
    private static readonly Option<string?> DemoMailboxOption = new("--demo-mailbox") { Description = "Demo server: folder for received messages (.eml)", HelpName = "DIR" };
    private static readonly Option<string?> JsonOption = new("--json") { Description = "Write the run's report as JSON to FILE", HelpName = "FILE" };
    private static readonly Option<double> ReplyTimeoutOption = new("--reply-timeout") { Description = "Longest wait for a reply (exit code 4)", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };
    private static readonly Option<string?> LogFileOption = new("--logfile", "-f") { Description = "Write the session log to FILE (appends)", HelpName = "FILE" };
    private static readonly Option<bool> TlsOption = new("--tls") { Description = "Connect with TLS from the first byte (implicit TLS; the default on port 465); with --demo, its implicit-TLS listener" };
    private static readonly Option<bool> NoTlsOption = new("--no-tls") { Description = "Connect in clear text even on port 465 or where the script says !open --tls" };
    private static readonly Option<bool> InsecureOption = new("--insecure") { Description = "Go on when the server's TLS certificate is not valid (the run is marked unverified)" };
    private static readonly Option<string?> CaFileOption = new("--cafile") { Description = "Also trust the CA certificates in FILE (PEM), e.g. a lab CA", HelpName = "FILE" };
    private static readonly Option<string?> PasswordFileOption = new("--password-file") { Description = "!auth: read the password from FILE (else TELNETLITE_PASSWORD, else ask)", HelpName = "FILE" };
    private static readonly Option<string?> DnsOption = new("--dns") { Description = "The DNS server for !open mx:DOMAIN (default: the system's)", HelpName = "SERVER[:PORT]" };

    // Received lines come on the session's dispatcher, remarks on the runner's thread: one lock keeps lines whole.
    private static readonly Lock ConsoleLock = new();

    public static Command Build()
    {
        var command = new Command("run", "Run an SMTP script; exit 0 when it passes, else swaks's stage code (21 greeting ... 27 QUIT), 28 AUTH, 29 TLS")
        {
            ScriptArgument, HostArgument, PortArgument, DemoOption, DemoRequireAuthOption, DemoMailboxOption, JsonOption, ReplyTimeoutOption, LogFileOption,
            TlsOption, NoTlsOption, InsecureOption, CaFileOption, PasswordFileOption, DnsOption,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var scriptPath = result.GetValue(ScriptArgument)!;
        var demoRequested = result.GetValue(DemoOption);
        var jsonPath = result.GetValue(JsonOption);
        if (!TryReadTarget(result.GetValue(HostArgument), result.GetValue(PortArgument), demoRequested, out var target, out var usage)
            || !TryReadTimeout(result.GetValue(ReplyTimeoutOption), out var timeout, out usage)
            || !TryReadConnection(result, out var connection, out usage))
        {
            await Console.Error.WriteLineAsync($"telnetlite run: {usage}").ConfigureAwait(false);
            return (int)ExitCode.BadInput;
        }

        // Both are checked before anything starts: a run whose script or report is unusable sends nothing.
        if (ScriptFileProblem(scriptPath) is { } scriptProblem)
        {
            await Console.Error.WriteLineAsync($"telnetlite run: {scriptPath}: {scriptProblem}").ConfigureAwait(false);
            return (int)ExitCode.BadInput;
        }

        if (jsonPath is not null && ReportFileProblem(jsonPath) is { } reportProblem)
        {
            await Console.Error.WriteLineAsync($"telnetlite run: cannot write the report {jsonPath}: {reportProblem}").ConfigureAwait(false);
            return (int)ExitCode.BadInput;
        }

        // A file that is no script (a binary, a huge file, lines that are not text) is refused here, before anything is sent.
        var reading = await SmtpScriptSource.ReadFileAsync(scriptPath, cancellationToken).ConfigureAwait(false);
        if (reading.Script is not { } script)
        {
            await Console.Error.WriteLineAsync($"telnetlite run: {scriptPath}: {reading.Problem}").ConfigureAwait(false);
            await WriteJsonAsync(jsonPath, new SmtpScriptReport(null, 0, ExitCode.BadInput, null, $"{reading.Problem}; nothing was sent", [], [])).ConfigureAwait(false);
            return (int)ExitCode.BadInput;
        }

        // With --demo the one listener decides: TLS from the first byte with --tls, else clear text (STARTTLS offered).
        var tlsChoice = demoRequested ? (connection.Tls == TlsChoice.On ? TlsChoice.On : TlsChoice.Off) : connection.Tls;
        var options = new SmtpScriptRunOptions(target?.Host, target?.EffectivePort ?? 25) { ReplyTimeout = timeout, Tls = tlsChoice };
        // Checked before the demo server starts (its address stands in as any host): a bad script starts and sends nothing.
        var errors = SmtpScriptRunner.Check(script, demoRequested ? options with { Host = "127.0.0.1" } : options);
        if (errors.Count > 0)
        {
            // A reason may quote the line, and the line may be anything: shown visibly.
            foreach (var error in errors) await Console.Error.WriteLineAsync(TerminalText.Visible($"{scriptPath}:{error.LineNumber}: {error.Reason}")).ConfigureAwait(false);
            await WriteJsonAsync(jsonPath, new SmtpScriptReport(null, 0, ExitCode.BadInput, null, $"the script has {errors.Count} error(s); nothing was sent", [], errors)).ConfigureAwait(false);
            return (int)ExitCode.BadInput;
        }
        foreach (var note in reading.Notes) await Console.Error.WriteLineAsync($"{scriptPath}:{note.LineNumber}: note: {note.Reason}").ConfigureAwait(false);

        // The secret is found before the demo starts and before anything connects: without one, nothing is sent.
        if (script.NeedsPassword)
        {
            var auth = script.Steps.OfType<AuthStep>().First();
            var prompt = auth.Mechanism == TelnetLite.Core.Auth.SaslMechanism.XOAuth2 ? $"Access token for {auth.User}: " : $"Password for {auth.User}: ";
            if (!PasswordSource.TryRead(connection.PasswordFile, prompt, out var password, out var passwordError))
            {
                var error = new SmtpScriptError(auth.LineNumber, $"!auth needs a password: {passwordError}");
                await Console.Error.WriteLineAsync($"telnetlite run: {scriptPath}:{error.LineNumber}: {error.Reason}; nothing was sent").ConfigureAwait(false);
                await WriteJsonAsync(jsonPath, new SmtpScriptReport(null, 0, ExitCode.BadInput, null, $"{error.Reason}; nothing was sent", [], [error])).ConfigureAwait(false);
                return (int)ExitCode.BadInput;
            }
            options = options with { Password = password };
        }

        await using var demo = demoRequested
            ? new DemoSmtpServer(new DemoServerOptions(0, result.GetValue(DemoRequireAuthOption), result.GetValue(DemoMailboxOption)) { ImplicitTls = tlsChoice == TlsChoice.On })
            : null;
        if (demo is not null)
        {
            try
            {
                await demo.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"telnetlite run: cannot start the demo server: {e.Message}").ConfigureAwait(false);
                return (int)ExitCode.BadInput;
            }
            options = options with { Host = demo.EndPoint.Address.ToString(), Port = demo.EndPoint.Port };
            // TelnetLite's own demo runs know the demo's certificate, as --demo sessions do; other clients see it as self-signed.
            connection = connection with { ControllerOptions = connection.ControllerOptions with { PinnedCertificateSha256 = demo.CertificateSha256 } };
            await Console.Error.WriteLineAsync($"Demo server on {demo.EndPoint}, answering as mail1.fabrikam.com; accepted messages go to {demo.MailboxDirectory}").ConfigureAwait(false);
        }

        var controllerOptions = connection.ControllerOptions with { ReplyTimeout = timeout };
        var report = await RunScriptAsync(script, options, controllerOptions, connection.Settings, result.GetValue(LogFileOption), cancellationToken).ConfigureAwait(false);
        // A CI job that asked for the report must not pass without it.
        if (!await WriteJsonAsync(jsonPath, report).ConfigureAwait(false) && report.ExitCode == ExitCode.Ok) return (int)ExitCode.BadInput;
        return (int)report.ExitCode;
    }

    private static async Task<SmtpScriptReport> RunScriptAsync(SmtpScript script, SmtpScriptRunOptions options, SessionControllerOptions controllerOptions,
        SessionSettings settings, string? logFile, CancellationToken cancellationToken)
    {
        var assistant = new SmtpAssistant(options.Port, SmtpAnnotator.Annotate);
        await using var controller = new SessionController(settings, controllerOptions, assistant);
        controller.TranscriptAppended += Show;
        var runner = new SmtpScriptRunner(controller, options);
        runner.Remark += remark => WriteOut("# " + remark);
        if (logFile is not null) controller.OpenLog(logFile);
        return await runner.RunAsync(script, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <c>--annotate</c> prints: received and sent lines as they are, the assistant's lines after <c># </c>,
    /// TelnetLite's own notes on standard error.</summary>
    private static void Show(IReadOnlyList<TranscriptEntry> entries)
    {
        lock (ConsoleLock)
        {
            foreach (var entry in entries)
            {
                switch (entry.Kind)
                {
                    case TranscriptKind.Received or TranscriptKind.Sent:
                        Console.Out.WriteLine(entry.Text);
                        break;
                    case TranscriptKind.Annotation:
                    case TranscriptKind.Warning when entry.Assist is not null:
                        Console.Out.WriteLine("# " + entry.Text);
                        break;
                    default:
                        Console.Error.WriteLine(entry.Text);
                        break;
                }
            }
            Console.Out.Flush();
        }
    }

    private static void WriteOut(string line)
    {
        lock (ConsoleLock)
        {
            // The runner's remarks quote replies ("the reply was ..."), which may hold anything the server sent.
            Console.Out.WriteLine(TerminalText.Visible(line));
            Console.Out.Flush();
        }
    }

    private static bool TryReadTarget(string? host, string? port, bool demo, out OpenRequest? target, out string error)
    {
        target = null;
        error = "";
        if (host is null) return true;
        if (demo)
        {
            error = "--demo runs against the built-in server: leave out the host";
            return false;
        }
        // The same reading as 'open', so host:port and [v6]:port work; only the default port differs (25, not 23).
        var text = port is null ? host : host + " " + port;
        switch (new CommandInterpreter().ParseOpenTarget(text))
        {
            case OpenRequest open:
                target = open.Port is null ? open with { Port = 25 } : open;
                return true;
            case InvalidRequest invalid:
                error = invalid.Message;
                return false;
            default:
                error = $"'{text}' is not a host and port";
                return false;
        }
    }

    /// <summary>The options that shape the connection as plain mode reads them: TLS, certificates, DNS, the password file.</summary>
    private static bool TryReadConnection(ParseResult result, out RunConnection connection, out string error)
    {
        connection = new RunConnection(TlsChoice.ByPort, new SessionSettings(), new SessionControllerOptions(), null);
        error = "";
        if (result.GetValue(TlsOption) && result.GetValue(NoTlsOption))
        {
            error = "--tls and --no-tls exclude each other";
            return false;
        }

        System.Net.IPEndPoint? dns = null;
        if (result.GetValue(DnsOption) is { } dnsText && !TelnetLite.Core.Mx.DnsServerAddress.TryParse(dnsText, out dns, out var dnsError))
        {
            error = $"--dns: {dnsError}";
            return false;
        }

        var passwordFile = result.GetValue(PasswordFileOption);
        var controllerOptions = new SessionControllerOptions(AddressFamilyPreference.Any, null) { PasswordFile = passwordFile };
        // Read before anything starts: a CA file that cannot be used is a bad command line, not a failed handshake.
        if (result.GetValue(CaFileOption) is { } caFile)
        {
            if (!TlsCaFile.TryLoad(caFile, out var roots, out var caError))
            {
                error = $"--cafile: {caError}";
                return false;
            }
            controllerOptions = controllerOptions with { TrustedRoots = roots, TrustedRootsSource = caFile };
        }

        var tls = result.GetValue(TlsOption) ? TlsChoice.On : result.GetValue(NoTlsOption) ? TlsChoice.Off : TlsChoice.ByPort;
        var settings = new SessionSettings { LocalEcho = true, TlsVerify = !result.GetValue(InsecureOption), DnsServer = dns };
        connection = new RunConnection(tls, settings, controllerOptions, passwordFile);
        return true;
    }

    private static bool TryReadTimeout(double seconds, out TimeSpan timeout, out string error)
    {
        timeout = TimeSpan.Zero;
        error = "";
        if (double.IsNaN(seconds) || seconds < 0.1 || seconds > 86_400)
        {
            error = $"--reply-timeout {seconds.ToString(CultureInfo.InvariantCulture)}: give a number of seconds between 0.1 and 86400";
            return false;
        }
        timeout = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>Why <paramref name="path"/> cannot be read as a script, or null when it is a file.</summary>
    private static string? ScriptFileProblem(string path) =>
        Directory.Exists(path) ? "is a folder, not a script file"
        : !File.Exists(path) ? "does not exist"
        : null;

    /// <summary>Why the report cannot be written to <paramref name="path"/>, or null when it can.</summary>
    /// <remarks>Probes without leaving a trace: an existing report is opened for writing but not changed (it is replaced
    /// only at the end), a new one is created and deleted at once. A write can still fail at the end (a full disk): that
    /// is reported then.</remarks>
    private static string? ReportFileProblem(string path)
    {
        if (Directory.Exists(path)) return "it is a folder";
        try
        {
            using var probe = File.Exists(path)
                ? new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite)
                : new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            return File.Exists(folder) ? $"{folder} is a file, not a folder" : $"its folder {folder} does not exist";
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied";
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }

    private static async Task<bool> WriteJsonAsync(string? path, SmtpScriptReport report)
    {
        if (path is null) return true;
        try
        {
            await File.WriteAllTextAsync(path, report.ToJson() + Environment.NewLine).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"telnetlite run: cannot write the report {path}: {e.Message}").ConfigureAwait(false);
            return false;
        }
    }
}
