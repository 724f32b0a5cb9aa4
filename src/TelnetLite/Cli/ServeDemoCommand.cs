using System.CommandLine;
using System.Net.Sockets;
using TelnetLite.Core;
using TelnetLite.Core.Demo;

namespace TelnetLite.Cli;

/// <summary><c>telnetlite serve-demo</c>: the demo SMTP server on its own, for tests and for other clients (telnet, swaks).</summary>
internal static class ServeDemoCommand
{
    public static Command Build()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 or none: a free port)", HelpName = "N" };
        var requireAuth = new Option<bool>("--demo-require-auth") { Description = "Refuse MAIL FROM before AUTH (530 5.7.1)" };
        var mailbox = new Option<string?>("--demo-mailbox") { Description = "Folder for received messages (.eml)", HelpName = "DIR" };
        var tls = new Option<bool>("--tls") { Description = "Speak TLS from the first byte (implicit TLS, as on port 465) instead of offering STARTTLS" };
        var command = new Command("serve-demo", "Run the demo SMTP server (answers as the seed's Exchange 2007 server) until Ctrl+C")
        {
            port, requireAuth, mailbox, tls,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var portNumber = result.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                await Console.Error.WriteLineAsync($"telnetlite: --port {portNumber}: give 0-65535").ConfigureAwait(false);
                return (int)ExitCode.BadInput;
            }
            await using var server = new DemoSmtpServer(new DemoServerOptions(portNumber, result.GetValue(requireAuth), result.GetValue(mailbox)) { ImplicitTls = result.GetValue(tls) });
            try
            {
                await server.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"telnetlite: cannot start the demo server: {e.Message}").ConfigureAwait(false);
                return (int)ExitCode.BadInput;
            }
            // The first line is the address, so a script or test can read where to connect.
            Console.Out.WriteLine($"listening on {server.EndPoint}");
            Console.Out.Flush();
            await Console.Error.WriteLineAsync(server.WelcomeText).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop cleanly.
            }
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
