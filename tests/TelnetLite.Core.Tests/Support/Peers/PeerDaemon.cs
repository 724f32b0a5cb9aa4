using System.Diagnostics;
using System.Text;

namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>A peer that runs as the test's own child process (dnsmasq -k, a Python server) until it is disposed:
/// started, watched for the line that says it is ready, killed by its process id afterwards.</summary>
internal sealed class PeerDaemon : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _readyText;
    private readonly bool _keepInputOpen;

    private PeerDaemon(Process process, string readyText, bool keepInputOpen)
    {
        _process = process;
        _readyText = readyText;
        _keepInputOpen = keepInputOpen;
    }

    /// <summary>Everything the program wrote so far (standard output and error), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Starts <paramref name="program"/> and waits until a line of its output contains <paramref name="readyText"/>.</summary>
    /// <param name="keepInputOpen">True for a program that quits at the end of its standard input (openssl s_server).</param>
    /// <exception cref="InvalidOperationException">It ended first, or did not get ready in time; the message holds its output.</exception>
    public static async Task<PeerDaemon> StartAsync(string program, IReadOnlyList<string> arguments, string readyText, bool keepInputOpen = false)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var daemon = new PeerDaemon(new Process { StartInfo = start, EnableRaisingEvents = true }, readyText, keepInputOpen);
        await daemon.RunAsync();
        return daemon;
    }

    private async Task RunAsync()
    {
        _process.OutputDataReceived += Keep;
        _process.ErrorDataReceived += Keep;
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException("it ended before it was ready"));
        _process.Start();
        if (!_keepInputOpen) _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            await _ready.Task.WaitAsync(ReadyTimeout);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"{_process.StartInfo.FileName} did not get ready ({e.Message}); it said:\n{Output}");
        }
    }

    private void Keep(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is null) return;
        lock (_output) _output.AppendLine(e.Data);
        if (e.Data.Contains(_readyText, StringComparison.Ordinal)) _ready.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
        _process.Dispose();
    }
}
