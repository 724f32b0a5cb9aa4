using System.Diagnostics;
using System.Text;

namespace TelnetLite.Tests.Support;

/// <summary>
/// A program running in a real terminal: a private tmux server (its own <c>-L</c> socket) with one pane of a fixed
/// size. Tests type with <see cref="Type"/> and <see cref="Press"/> and read the screen with <see cref="Capture"/>.
/// Disposing kills the server and everything in it.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    public const string MissingReason = "tmux is not installed (apt-get install tmux); .ci/run installs it";
    private const string Target = "main";

    private readonly string _socket = $"telnetlite-test-{Guid.NewGuid():N}";
    private string? _socketPath;
    private bool _disposed;

    private TmuxSession()
    {
    }

    public static bool IsAvailable => FindTmux() is not null;

    /// <summary>Starts <paramref name="command"/> (a shell command line) in a <paramref name="width"/>×<paramref name="height"/> pane.</summary>
    /// <remarks>
    /// The command runs through a script that clears the headless switch the test process sets for Terminal.Gui
    /// (the tmux server inherits the test's environment) and, when the program ends, prints its exit code and keeps
    /// the pane open so the last screen can still be read.
    /// </remarks>
    public static TmuxSession Start(string command, int width, int height, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!IsAvailable) throw new InvalidOperationException(MissingReason);
        var script = new StringBuilder();
        script.AppendLine("unset DisableRealDriverIO");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            script.AppendLine($"export {name}='{value.Replace("'", "'\\''", StringComparison.Ordinal)}'");
        }
        script.AppendLine(command);
        script.AppendLine("echo \"[exited $?]\"");
        script.AppendLine("exec sleep 600");
        var scriptPath = Path.Combine(workingDirectory, $"tmux-run-{Guid.NewGuid():N}.sh");
        File.WriteAllText(scriptPath, script.ToString());

        var session = new TmuxSession();
        try
        {
            session.Run("new-session", "-d", "-s", Target, "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", workingDirectory, "sh " + scriptPath);
            session._socketPath = session.Run("display-message", "-p", "#{socket_path}").Trim();
        }
        catch
        {
            session.Dispose();
            throw;
        }
        return session;
    }

    /// <summary>Types text literally (no key names).</summary>
    public void Type(string text) => Run("send-keys", "-t", Target, "-l", text);

    /// <summary>Presses keys by tmux name: <c>Enter</c>, <c>C-]</c>, <c>F2</c>, <c>PPage</c>...</summary>
    public void Press(params string[] keys) => Run(["send-keys", "-t", Target, .. keys]);

    /// <summary>Presses one key several times.</summary>
    public void Repeat(string key, int times) =>
        Run("send-keys", "-t", Target, "-N", times.ToString(System.Globalization.CultureInfo.InvariantCulture), key);

    /// <summary>Pastes text as a terminal paste (bracketed when the program asked for it).</summary>
    public void Paste(string text)
    {
        var buffer = $"paste-{Guid.NewGuid():N}";
        Run("set-buffer", "-b", buffer, text);
        Run("paste-buffer", "-p", "-d", "-b", buffer, "-t", Target);
    }

    /// <summary>
    /// Pastes text as most terminals without bracketed paste deliver it: as typed keys, each line break an Enter
    /// (tmux's paste-buffer without -p), so the program cannot tell it from fast typing.
    /// </summary>
    public void PasteAsTyped(string text)
    {
        var buffer = $"paste-{Guid.NewGuid():N}";
        Run("set-buffer", "-b", buffer, text);
        Run("paste-buffer", "-d", "-b", buffer, "-t", Target);
    }

    public void Resize(int width, int height) =>
        Run("resize-window", "-t", Target, "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A tmux format read for the pane, e.g. <c>#{pane_title}</c> or <c>#{window_name}</c>.</summary>
    public string Query(string format) => Run("display-message", "-p", "-t", Target, format).TrimEnd('\n');

    /// <summary>The paste buffers, one line each (an OSC 52 clipboard write lands here when set-clipboard is on).</summary>
    public string Buffers() => Run("list-buffers");

    /// <summary>Sets a tmux option: <c>-s</c> for the server, <c>-w</c> for the window.</summary>
    public void SetOption(string scope, string name, string value) => Run("set-option", scope, "-t", Target, name, value);

    /// <summary>Appends every byte the program writes to the terminal from now on to <paramref name="path"/>.</summary>
    public void RecordOutput(string path) => Run("pipe-pane", "-o", "-t", Target, $"cat >> '{path.Replace("'", "'\\''", StringComparison.Ordinal)}'");

    /// <summary>The process id of the program in the pane (the shell script that runs it).</summary>
    public int PanePid => int.Parse(Query("#{pane_pid}"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The visible screen, one line per row.</summary>
    public string Capture() => Run("capture-pane", "-p", "-t", Target);

    /// <summary>Everything the pane holds: its scrollback, the normal screen and, while a full-screen program runs, its screen.</summary>
    public string CaptureAll() => Run("capture-pane", "-p", "-S", "-", "-E", "-", "-t", Target) + Run("capture-pane", "-p", "-a", "-q", "-t", Target);

    /// <summary>The visible screen with each cell's colours and styles as SGR sequences (<c>38;2;R;G;B</c> for a colour).</summary>
    public string CaptureWithColours() => Run("capture-pane", "-p", "-e", "-t", Target);

    /// <summary>
    /// Polls the screen until <paramref name="condition"/> holds on two captures in a row that are identical (the
    /// program draws in pieces, and a capture may catch half a frame); fails with the last screen after the timeout.
    /// </summary>
    public string WaitFor(Func<string, bool> condition, string what, int timeoutMs = 20_000)
    {
        var clock = Stopwatch.StartNew();
        var previous = "";
        var screen = Capture();
        while (!(condition(screen) && screen == previous))
        {
            if (clock.ElapsedMilliseconds > timeoutMs) throw new TimeoutException($"The screen never showed {what}. Last screen:\n{screen}");
            Thread.Sleep(100);
            previous = screen;
            screen = Capture();
        }
        return screen;
    }

    public string WaitFor(string text, int timeoutMs = 20_000) =>
        WaitFor(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'", timeoutMs);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            Run("kill-server");
        }
        catch (InvalidOperationException)
        {
            // The server may already be gone (nothing was started, or the last pane ended).
        }
        // kill-server leaves the socket file behind; a test leaves nothing.
        if (!string.IsNullOrEmpty(_socketPath)) File.Delete(_socketPath);
    }

    private string Run(params string[] args)
    {
        var info = new ProcessStartInfo(FindTmux() ?? "tmux")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-L");
        info.ArgumentList.Add(_socket);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("tmux did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"tmux {string.Join(' ', args)} did not finish");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {error.Result.Trim()}");
        return output.Result;
    }

    private static string? FindTmux()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "tmux");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
