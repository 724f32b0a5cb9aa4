using System.Globalization;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Support;

/// <summary>
/// The full-screen UI in a real terminal (tmux) connected to a <see cref="HostilePeer"/>, with every byte it writes
/// to the terminal recorded, and tmux set to obey what a hostile server would want from it: an OSC 52 clipboard
/// write becomes a paste buffer, a title or a window name is taken. A test can then see whether any got through.
/// </summary>
internal sealed class HostileTui : IDisposable
{
    private HostileTui(TemporaryFolder folder, TmuxSession tmux)
    {
        Folder = folder;
        Tmux = tmux;
    }

    public TemporaryFolder Folder { get; }

    public TmuxSession Tmux { get; }

    /// <summary>Every byte the UI wrote to its terminal since <see cref="Start"/>.</summary>
    public byte[] TerminalBytes => File.Exists(OutputPath) ? File.ReadAllBytes(OutputPath) : [];

    private string OutputPath => Folder.File("terminal.out");

    /// <summary>Starts <c>telnetlite [arguments]</c> in a <paramref name="width"/>×<paramref name="height"/> pane.</summary>
    public static HostileTui Start(int width, int height, params string[] arguments)
    {
        var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = folder.Path,
            ["XDG_CONFIG_HOME"] = folder.File("config"),
            ["DOTNET_NOLOGO"] = "1",
            ["TERM"] = "xterm-256color",
        };
        var quoted = string.Join(' ', arguments.Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var tmux = TmuxSession.Start($"dotnet '{TelnetLiteProcess.AppPath}' {quoted}", width, height, folder.Path, environment);
        var tui = new HostileTui(folder, tmux);
        try
        {
            tmux.SetOption("-s", "set-clipboard", "on");
            tmux.SetOption("-w", "allow-rename", "on");
            tmux.RecordOutput(tui.OutputPath);
        }
        catch
        {
            tui.Dispose();
            throw;
        }
        return tui;
    }

    /// <summary>Starts the UI connected at once to <paramref name="peer"/>.</summary>
    public static HostileTui Connect(HostilePeer peer, int width = 100, int height = 30, params string[] options) =>
        Start(width, height, [.. options, "127.0.0.1", peer.Port.ToString(CultureInfo.InvariantCulture)]);

    public string WaitFor(string text, int timeoutMs = 20_000) => Tmux.WaitFor(text, timeoutMs);

    public void Dispose()
    {
        Tmux.Dispose();
        Folder.Dispose();
    }
}
