using System.Diagnostics;
using System.Text;

namespace TelnetLite.Tests.Support;

/// <summary>Runs the built <c>telnetlite</c> as a real child process with piped standard streams.</summary>
internal sealed class TelnetLiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _stdoutPump;
    private readonly Task _stderrPump;

    private TelnetLiteProcess(Process process)
    {
        _process = process;
        _stdoutPump = Pump(process.StandardOutput, _stdout);
        _stderrPump = Pump(process.StandardError, _stderr);
    }

    /// <summary>The telnetlite.dll built next to the test assembly (the test project references the app).</summary>
    public static string AppPath => Path.Combine(AppContext.BaseDirectory, "telnetlite.dll");

    public static TelnetLiteProcess Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(AppPath);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["NO_COLOR"] = "1";
        return new TelnetLiteProcess(Process.Start(info)!);
    }

    public StreamWriter Input => _process.StandardInput;

    public string Stdout
    {
        get { lock (_stdout) return _stdout.ToString(); }
    }

    public string Stderr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    /// <summary>Writes the lines with CRLF-free newlines and closes standard input.</summary>
    public async Task PipeAsync(IEnumerable<string> lines)
    {
        foreach (var line in lines) await _process.StandardInput.WriteAsync(line + "\n");
        _process.StandardInput.Close();
    }

    /// <summary>Waits for exit (killing the process tree after the timeout) and returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(int timeoutMs = 60_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"telnetlite did not exit in {timeoutMs} ms.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        }
        await Task.WhenAll(_stdoutPump, _stderrPump);
        return _process.ExitCode;
    }

    public async Task WaitForOutputAsync(Func<string, bool> condition, int timeoutMs = 20_000)
    {
        var watch = Stopwatch.StartNew();
        while (!condition(Stdout + Stderr))
        {
            if (watch.ElapsedMilliseconds > timeoutMs) throw new TimeoutException($"output never matched.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            if (_process.HasExited) { await Task.WhenAll(_stdoutPump, _stderrPump); if (!condition(Stdout + Stderr)) throw new InvalidOperationException($"telnetlite exited ({_process.ExitCode}).\nstdout:\n{Stdout}\nstderr:\n{Stderr}"); return; }
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            _process.WaitForExit(5000);
        }
        _process.Dispose();
    }

    private static Task Pump(StreamReader reader, StringBuilder into) => Task.Run(async () =>
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (into) into.Append(buffer, 0, read);
        }
    });
}
