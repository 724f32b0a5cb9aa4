using TelnetLite.Core;
using System.Net.Sockets;
using TelnetLite.Core.Commands;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Tls;
using TelnetLite.Plain;
using TelnetLite.Tui;

namespace TelnetLite.Cli;

/// <summary>Builds a session from the command line and hands it to the right front end.</summary>
internal static class SessionRunner
{
    public static async Task<int> RunAsync(StartOptions options, CancellationToken cancellationToken)
    {
        if (options.SmokeTest) return TuiApp.RunSmokeTest();
        // As telnet does, a Telnet server is told the terminal type of the terminal TelnetLite runs in.
        var settings = new SessionSettings
        {
            ConnectTimeout = options.ConnectTimeout,
            TlsVerify = !options.Insecure,
            DnsServer = options.DnsServer,
            TerminalType = SessionSettings.TerminalTypeFor(Environment.GetEnvironmentVariable("TERM")),
        };
        var controllerOptions = new SessionControllerOptions(options.Family, options.BindAddress)
        {
            PasswordFile = options.PasswordFile,
            ReplyTimeout = options.ReplyTimeout,
        };
        if (options.CaFile is { } caFile)
        {
            // Read before anything starts: a CA file that cannot be used is a bad command line, not a failed handshake.
            if (!TlsCaFile.TryLoad(caFile, out var roots, out var caError))
            {
                await Console.Error.WriteLineAsync($"telnetlite: --cafile: {caError}").ConfigureAwait(false);
                return (int)ExitCode.BadInput;
            }
            controllerOptions = controllerOptions with { TrustedRoots = roots, TrustedRootsSource = caFile };
        }
        if (options.Escape is not null)
        {
            if (!EscapeCharacter.TryParse(options.Escape, out var escape, out var error))
            {
                await Console.Error.WriteLineAsync($"telnetlite: --escape: {error}").ConfigureAwait(false);
                return (int)ExitCode.BadInput;
            }
            settings.EscapeCharacter = escape;
        }

        await using var demo = options.Demo
            ? new DemoSmtpServer(new DemoServerOptions(0, options.DemoRequireAuth, options.DemoMailbox) { ImplicitTls = options.Tls == TlsChoice.On })
            : null;
        if (demo is not null)
        {
            try
            {
                await demo.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"telnetlite: cannot start the demo server: {e.Message}").ConfigureAwait(false);
                return (int)ExitCode.BadInput;
            }
            options = options with { Target = new OpenRequest(demo.EndPoint.Address.ToString(), demo.EndPoint.Port) { Tls = options.Tls } };
            // TelnetLite's own demo sessions know the demo's certificate; any other client sees it as self-signed.
            controllerOptions = controllerOptions with { PinnedCertificateSha256 = demo.CertificateSha256 };
        }

        var assistant = new SmtpAssistant(options.Target?.EffectivePort ?? 0, SmtpAnnotator.Annotate);
        await using var controller = new SessionController(settings, controllerOptions, assistant)
        {
            StartWithTls = options.Target?.UsesTls ?? false,
        };
        if (!options.Plain && !Console.IsInputRedirected && !Console.IsOutputRedirected)
        {
            // The window shows the demo's welcome and any log-file error once it listens to the controller.
            return TuiApp.Run(controller, new TuiOptions
            {
                Host = options.Target?.Host,
                Port = options.Target?.EffectivePort ?? OpenRequest.DefaultPort,
                // The demo listens on a new port each run: not a host worth recalling.
                RememberHosts = !options.Demo,
                Started = () =>
                {
                    // The log first, so that it records the demo's welcome too, in time order.
                    if (options.LogFile is not null) controller.OpenLog(options.LogFile);
                    if (demo is not null)
                    {
                        foreach (var line in demo.WelcomeText.Split('\n')) controller.AddNote(line);
                    }
                },
            });
        }

        // The front end subscribes first, so that a log-file error or the demo's welcome is shown, not lost.
        var plainMode = new PlainMode(controller, options);
        if (options.LogFile is not null) controller.OpenLog(options.LogFile);
        if (demo is not null)
        {
            foreach (var line in demo.WelcomeText.Split('\n')) controller.AddNote(line);
        }
        return await plainMode.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
