using System.Diagnostics;
using System.Text;

namespace TelnetLite.Tests.Support;

/// <summary>Runs the built <c>telnetlite</c> as a real child process with piped standard streams.</summary>
/// <remarks>Standard output and error are read as bytes, as fast as they come, into <see cref="TerminalOutput"/>:
/// tests can check the exact bytes a terminal would get, and a flood never fills the test's memory.</remarks>
internal sealed class TelnetLiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task _stdoutPump;
    private readonly Task _stderrPump;

    private TelnetLiteProcess(Process process)
    {
        _process = process;
        _stdoutPump = Pump(process.StandardOutput.BaseStream, StdoutBytes);
        _stderrPump = Pump(process.StandardError.BaseStream, StderrBytes);
    }

    /// <summary>The telnetlite.dll built next to the test assembly (the test project references the app).</summary>
    public static string AppPath => Path.Combine(AppContext.BaseDirectory, "telnetlite.dll");

    public static TelnetLiteProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);

    /// <param name="environment">Variables added to the child's environment.</param>
    public static TelnetLiteProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
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
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return new TelnetLiteProcess(Process.Start(info)!);
    }

    public StreamWriter Input => _process.StandardInput;

    /// <summary>The process id: <c>dotnet telnetlite.dll</c> runs the app in the host process itself.</summary>
    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public TerminalOutput StdoutBytes { get; } = new();

    public TerminalOutput StderrBytes { get; } = new();

    public string Stdout => StdoutBytes.Text;

    public string Stderr => StderrBytes.Text;

    /// <summary>Kills the process at once, as <c>kill -9</c> does (SIGKILL on Linux), and waits for it to be gone.</summary>
    public void KillNow()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
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

    private static Task Pump(Stream stream, TerminalOutput into) => Task.Run(async () =>
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0) into.Append(buffer.AsSpan(0, read));
    });
}
