using System.Diagnostics;
using System.Text;

namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>Runs a peer's control program (e.g. <c>postfix start</c>) to its end and keeps what it printed.</summary>
internal static class PeerProcess
{
    /// <summary>The exit code and the merged standard output and error; the program is killed if it outlives <paramref name="timeout"/>.</summary>
    /// <param name="input">Written to its standard input, which is then closed (chpasswd reads user:password lines).</param>
    public static async Task<PeerProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout, string? input = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        void Keep(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
        }
        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.Start();
        if (input is not null) await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (output) return new PeerProcessResult(-1, $"{output}(killed after {timeout.TotalSeconds:0} s)");
        }
        lock (output) return new PeerProcessResult(process.ExitCode, output.ToString());
    }
}
