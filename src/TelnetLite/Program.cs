using System.CommandLine;
using TelnetLite.Cli;
using TelnetLite.Core;

namespace TelnetLite;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        try
        {
            var root = TelnetLiteCommandLine.Build(SessionRunner.RunAsync);
            root.Subcommands.Add(ServeDemoCommand.Build());
            root.Subcommands.Add(ExplainCommand.Build());
            root.Subcommands.Add(RunCommand.Build());
            root.Subcommands.Add(MxCommand.Build());
            // Our own Ctrl+C handling: the session closes politely and the exit code says it was interrupted.
            using var interrupted = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                interrupted.Cancel();
            };
            var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
            return await root.Parse(args).InvokeAsync(configuration, interrupted.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the connection and the log were closed on the way out.
            await Console.Error.WriteLineAsync("telnetlite: interrupted").ConfigureAwait(false);
            return (int)ExitCode.Interrupted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever went wrong, a user gets one clear line, never a stack trace.
            await Console.Error.WriteLineAsync($"telnetlite: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
