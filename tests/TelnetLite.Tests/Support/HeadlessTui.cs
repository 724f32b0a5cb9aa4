using TelnetLite.Tui;
using TelnetLite.Tui.ViewModels;
using TelnetLite.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace TelnetLite.Tests.Support;

/// <summary>The real main window on Terminal.Gui's headless ansi driver, wired to a fake controller, for view tests.</summary>
internal sealed class HeadlessTui : IDisposable
{
    private readonly SessionToken? _token;
    private readonly ControllerBridge _bridge;

    public HeadlessTui(int width = 100, int height = 30, TuiOptions? options = null, FakeSessionController? controller = null)
    {
        Time = new VirtualTimeProvider();
        App = Application.Create(Time);
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Controller = controller ?? new FakeSessionController();
        Config = Directory.CreateTempSubdirectory("telnetlite-tui-");
        Model = new MainViewModel(Controller, options ?? new TuiOptions { NoColor = false }, new HistoryStore(Config.FullName));
        Window = new MainWindow(Model, new Palette(options?.NoColor ?? false));
        _bridge = new ControllerBridge(App, Controller, Window, Model);
        App.Keyboard.KeyDown += Window.OnApplicationKeyDown;
        _token = App.Begin(Window);
        Settle();
    }

    public IApplication App { get; }

    public VirtualTimeProvider Time { get; }

    public FakeSessionController Controller { get; }

    public MainViewModel Model { get; }

    public MainWindow Window { get; }

    public DirectoryInfo Config { get; }

    public string Screen
    {
        get
        {
            Settle();
            return App.Driver!.ToString() ?? "";
        }
    }

    /// <summary>Runs what is due (deferred work, marshalled events) and redraws.</summary>
    public void Settle()
    {
        for (var i = 0; i < 5; i++)
        {
            App.TimedEvents!.RunTimers();
            App.LayoutAndDraw();
        }
    }

    public void Resize(int width, int height)
    {
        App.Driver!.SetScreenSize(width, height);
        Settle();
    }

    public void Type(string text)
    {
        foreach (var c in text) App.InjectKey(new Key(c));
        Settle();
    }

    public void Press(Key key)
    {
        App.InjectKey(key);
        Settle();
    }

    public void Dispose()
    {
        _bridge.Detach();
        Model.Stop();
        App.Keyboard.KeyDown -= Window.OnApplicationKeyDown;
        if (_token is not null) App.End(_token);
        Window.Dispose();
        App.Dispose();
        Config.Delete(recursive: true);
    }
}
