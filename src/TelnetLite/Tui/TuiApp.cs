using TelnetLite.Core.Commands;
using TelnetLite.Core.Session;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Tui.ViewModels;
using TelnetLite.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Configuration;
using Terminal.Gui.Drivers;

namespace TelnetLite.Tui;

/// <summary>The Terminal.Gui front end: Program.cs calls <see cref="Run"/> when stdin and stdout are terminals.</summary>
internal static class TuiApp
{
    /// <summary>Runs the window until the user quits; returns the exit code (0).</summary>
    /// <remarks>The caller owns <paramref name="controller"/> and disposes it afterwards (which closes any connection).</remarks>
    public static int Run(ISessionController controller, TuiOptions options)
    {
        TerminalGuiConfiguration.EnsureLoaded();
        var store = options.ConfigDirectory is { } directory ? new HistoryStore(directory) : HistoryStore.ForCurrentUser();
        using var app = Application.Create();
        UseStarsForSecrets();
        app.Init();
        var model = new MainViewModel(controller, options, store, (controller as SessionController)?.Settings);
        using var window = new MainWindow(model, new Palette(options.NoColor));
        using var bridge = new ControllerBridge(app, controller, window, model);
        app.Keyboard.KeyDown += window.OnApplicationKeyDown;
        app.Paste += (_, e) => OnPaste(window, model, e);
        try
        {
            app.Run(window);
        }
        finally
        {
            bridge.Detach();
            model.Stop();
            model.SaveHistory();
        }
        return 0;
    }

    /// <summary>
    /// A password typed at a login prompt shows as stars, as telnet users know them from password fields; Terminal.Gui
    /// masks with its dot glyph, which is set through its own configuration (the highest-priority, runtime source).
    /// </summary>
    private static void UseStarsForSecrets()
    {
        TuiConfigurationBuilder.Shared.RuntimeConfig = """{ "Glyphs": { "Dot": "*" } }""";
        TuiConfigurationBuilder.Shared.ApplyToStaticFacades();
    }

    /// <summary><c>--smoke-test</c> with a real, unconnected session behind the window (see the overload).</summary>
    public static int RunSmokeTest()
    {
        var controller = new SessionController(new SessionSettings(), new SessionControllerOptions(), new SmtpAssistant(0, SmtpAnnotator.Annotate));
        try
        {
            return RunSmokeTest(controller);
        }
        finally
        {
            controller.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// <c>--smoke-test</c>: builds the main window, renders it once with the headless driver, and checks that the
    /// screen is not empty. Returns 0 when it drew, 1 when it did not.
    /// </summary>
    public static int RunSmokeTest(ISessionController controller)
    {
        TerminalGuiConfiguration.EnsureLoaded();
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        using var app = Application.Create();
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(80, 24);
        var model = new MainViewModel(controller, new TuiOptions { NoColor = true }, new HistoryStore(null));
        using var window = new MainWindow(model, new Palette(noColor: true));
        var token = app.Begin(window);
        try
        {
            model.AddLocal(TranscriptKind.Note, "smoke test");
            app.LayoutAndDraw();
            var screen = app.Driver.ToString() ?? "";
            return screen.Contains("smoke test", StringComparison.Ordinal) && screen.Contains("F1 Help", StringComparison.Ordinal) ? 0 : 1;
        }
        finally
        {
            if (token is not null) app.End(token);
        }
    }

    /// <summary>
    /// A bracketed paste of several lines is queued and sent paced; a single line without a break is left to the
    /// text field as usual.
    /// </summary>
    private static void OnPaste(MainWindow window, MainViewModel model, Terminal.Gui.Input.PasteEventArgs e)
    {
        if (window.App?.TopRunnableView != window) return;
        if (!e.Text.Contains('\n') && !e.Text.Contains('\r')) return;
        e.Handled = true;
        window.Transcript.ScrollToEnd();
        var current = window.Input.Line;
        window.Input.Line = "";
        _ = PasteAsync(window, model, current, e.Text);
    }

    private static async Task PasteAsync(MainWindow window, MainViewModel model, string current, string pasted)
    {
        var rest = await model.PasteAsync(current, pasted).ConfigureAwait(true);
        window.Input.Line = rest;
    }
}
