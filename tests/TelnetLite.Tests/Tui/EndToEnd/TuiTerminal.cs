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

    /// <summary>Stands for the demo server's port in <c>arguments</c> (it is known only once the demo listens).</summary>
    public const string DemoPort = "{demo-port}";

    /// <summary>Stands for a PEM file holding the demo server's certificate in <c>arguments</c> (for <c>--cafile</c>).</summary>
    public const string DemoCertificateFile = "{demo-certificate}";

    /// <summary>The session history kept in the config folder (empty until TelnetLite has quit).</summary>
    public IReadOnlyList<string> SessionHistory
    {
        get
        {
            var path = Path.Combine(ConfigFolder, "telnetlite", "history-session");
            return File.Exists(path) ? File.ReadAllLines(path) : [];
        }
    }

    /// <param name="connectAtOnce">Starts connected to the demo server.</param>
    /// <param name="arguments">The command line instead of the demo's address (another server, options); <see cref="DemoPort"/> in it is the demo's port.</param>
    /// <param name="environment">Variables added to TelnetLite's environment (NO_COLOR...).</param>
    /// <param name="demoPassword">When given, the demo refuses mail before AUTH and accepts only this password.</param>
    public static async Task<TuiTerminal> StartAsync(int width, int height, bool connectAtOnce = false, string? arguments = null,
        IReadOnlyDictionary<string, string>? environment = null, string? demoPassword = null)
    {
        var folder = new TemporaryFolder();
        var options = new DemoServerOptions(0, demoPassword is not null, folder.File("mailboxes"));
        var server = new DemoSmtpServer(demoPassword is null ? options : options with { Password = demoPassword });
        await server.StartAsync();
        var port = server.EndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (arguments?.Contains(DemoCertificateFile, StringComparison.Ordinal) == true)
        {
            // The demo makes its certificate at start: only now can a file hold it.
            await File.WriteAllTextAsync(folder.File("demo-certificate.pem"), server.Certificate.ExportCertificatePem());
            arguments = arguments.Replace(DemoCertificateFile, folder.File("demo-certificate.pem"), StringComparison.Ordinal);
        }
        var target = arguments is not null ? " " + arguments.Replace(DemoPort, port, StringComparison.Ordinal) : connectAtOnce ? $" 127.0.0.1 {port}" : "";
        var variables = new Dictionary<string, string>
        {
            ["HOME"] = folder.Path,
            ["XDG_CONFIG_HOME"] = folder.File("config"),
            ["DOTNET_NOLOGO"] = "1",
            ["TERM"] = "xterm-256color",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) variables[name] = value;
        var tmux = TmuxSession.Start($"dotnet '{TelnetLiteProcess.AppPath}'{target}", width, height, folder.Path, variables);
        return new TuiTerminal(folder, server, tmux);
    }

    /// <summary>Types a line and presses Enter.</summary>
    public void Line(string text)
    {
        if (text.Length > 0) Tmux.Type(text);
        Tmux.Press("Enter");
    }

    /// <summary>Runs one command at the <c>telnetlite&gt;</c> prompt (Ctrl+] first) and waits for its answer.</summary>
    public void Command(string command, string answer)
    {
        Tmux.Press("C-]");
        WaitFor(s => Rows(s).Any(r => r.StartsWith("telnetlite>", StringComparison.Ordinal)), "the command prompt");
        Line(command);
        WaitFor(answer);
    }

    /// <summary>An empty command line: back to the session, waiting for its prompt.</summary>
    public void BackToSession()
    {
        Line("");
        WaitFor(s => Rows(s).Any(r => r.StartsWith("> ", StringComparison.Ordinal) || r == ">"), "the session prompt");
    }

    public string WaitFor(string text) => Tmux.WaitFor(text);

    public string WaitFor(Func<string, bool> condition, string what) => Tmux.WaitFor(condition, what);

    /// <summary>The screen's rows.</summary>
    public static IReadOnlyList<string> Rows(string screen) => screen.Split('\n').Select(r => r.TrimEnd('\r')).ToList();

    /// <summary>The transcript's rows when the assist pane is below it: every row above the pane's titled rule.</summary>
    public static IReadOnlyList<string> TranscriptRows(string screen)
    {
        var rows = Rows(screen);
        var rule = rows.ToList().FindIndex(r => r.StartsWith("── SMTP assist", StringComparison.Ordinal));
        return rule < 0 ? rows : rows.Take(rule).ToList();
    }

    /// <summary>The pane's rows when it is below the transcript: from under its rule down to the input line.</summary>
    public static IReadOnlyList<string> PaneRows(string screen)
    {
        var rows = Rows(screen).ToList();
        var rule = rows.FindIndex(r => r.StartsWith("── SMTP assist", StringComparison.Ordinal));
        if (rule < 0) return [];
        var input = rows.FindIndex(rule, r => r.StartsWith("> ", StringComparison.Ordinal) || r.TrimEnd() == ">" || r.StartsWith("telnetlite>", StringComparison.Ordinal));
        return rows.Skip(rule + 1).Take((input < 0 ? rows.Count : input) - rule - 1).ToList();
    }

    /// <summary>The text of the log file in the folder (empty when there is none yet).</summary>
    public string Log(string name = "test.log") => File.Exists(Folder.File(name)) ? File.ReadAllText(Folder.File(name)) : "";

    public async ValueTask DisposeAsync()
    {
        Tmux.Dispose();
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
