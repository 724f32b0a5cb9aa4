using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TelnetLite.Tui.Views;

/// <summary>F3 or <c>set logfile</c> without a path: where to record the session.</summary>
internal sealed class LogFileDialog : Dialog
{
    private readonly TextField _path;

    public LogFileDialog(string? currentLogFile)
    {
        Title = "Log file";
        Width = Dim.Percent(80);
        Height = Dim.Auto();
        var label = new Label { Text = "_File:", X = 0, Y = 0 };
        _path = new TextField { X = 7, Y = 0, Width = Dim.Fill(1), Text = currentLogFile ?? "telnetlite.log" };
        var note = new Label
        {
            X = 0,
            Y = 2,
            Width = Dim.Fill(1),
            Text = "A bare name goes to the current folder; an existing file is appended to.",
        };
        Add(label, _path, note);
        AddButton(new Button { Text = "Cancel" });
        AddButton(new Button { Text = "_Start logging" });
    }

    public string Path { get => _path.Text; set => _path.Text = value; }

    /// <summary>The path chosen, or null when cancelled or left empty.</summary>
    public static string? Ask(IApplication app, string? currentLogFile)
    {
        using var dialog = new LogFileDialog(currentLogFile);
        app.Run(dialog);
        var path = dialog.Path.Trim();
        return dialog.Canceled || path.Length == 0 ? null : path;
    }
}
