using TelnetLite.Core.Demo;
using TelnetLite.Tests.Support;

using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Tests.Tui.EndToEnd;

/// <summary>
/// The real <c>telnetlite</c> on a real terminal (tmux), with a loopback demo SMTP server and a private folder for
/// the log and the user's config (so no test touches the real history).
/// </summary>
internal sealed class TuiTerminal : IAsyncDisposable
{
    private TuiTerminal(TemporaryFolder folder, DemoSmtpServer server, TmuxSession tmux)
    {
        Folder = folder;
        Server = server;
        Tmux = tmux;
    }

    public TemporaryFolder Folder { get; }

    public DemoSmtpServer Server { get; }

    public TmuxSession Tmux { get; }

    public int Port => Server.EndPoint.Port;

    public string ConfigFolder => Folder.File("config");

    public static async Task<TuiTerminal> StartAsync(int width, int height, bool connectAtOnce = false)
    {
        var folder = new TemporaryFolder();
        var server = new DemoSmtpServer(new DemoServerOptions(0, false, folder.File("mailboxes")));
        await server.StartAsync();
        var target = connectAtOnce ? $" 127.0.0.1 {server.EndPoint.Port}" : "";
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = folder.Path,
            ["XDG_CONFIG_HOME"] = folder.File("config"),
            ["DOTNET_NOLOGO"] = "1",
            ["TERM"] = "xterm-256color",
        };
        var tmux = TmuxSession.Start($"dotnet '{TelnetLiteProcess.AppPath}'{target}", width, height, folder.Path, environment);
        return new TuiTerminal(folder, server, tmux);
    }

    /// <summary>Types a line and presses Enter.</summary>
    public void Line(string text)
    {
        if (text.Length > 0) Tmux.Type(text);
        Tmux.Press("Enter");
    }

    public string WaitFor(string text) => Tmux.WaitFor(text);

    public async ValueTask DisposeAsync()
    {
        Tmux.Dispose();
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
