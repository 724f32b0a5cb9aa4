using TelnetLite.Cli;

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
            return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever went wrong, a user gets one clear line, never a stack trace.
            await Console.Error.WriteLineAsync($"telnetlite: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
