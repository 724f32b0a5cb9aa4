using TelnetLite.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TelnetLite.Tui.Views;

/// <summary>
/// F3 or <c>set logfile</c> without a path: where to record the session. While a log is open it says which, and
/// offers to stop it or to log to another file.
/// </summary>
internal sealed class LogFileDialog : Dialog
{
    private readonly TextField _path;
    private readonly bool _logging;

    public LogFileDialog(string? currentLogFile)
    {
        Title = "Log file";
        Width = Dim.Percent(80);
        Height = Dim.Auto();
        var logging = _logging = currentLogFile is not null;
        var label = new Label { Text = "_File:", X = 0, Y = 0 };
        _path = new TextField { X = 7, Y = 0, Width = Dim.Fill(1), Text = currentLogFile ?? "telnetlite.log" };
        var note = new Label
        {
            X = 0,
            Y = 2,
            Width = Dim.Fill(1),
            Text = logging ? $"Logging to {currentLogFile}." : "A bare name goes to the current folder; an existing file is appended to.",
        };
        Add(label, _path, note);
        if (logging)
        {
            Add(new Label { X = 0, Y = 3, Width = Dim.Fill(1), Text = "Stop logging, or give another file to log to from now on." });
        }
        AddButton(new Button { Text = "Cancel" });
        if (logging) AddButton(new Button { Text = "S_top logging" });
        AddButton(new Button { Text = logging ? "_Log to this file" : "_Start logging" });
    }

    public string Path { get => _path.Text; set => _path.Text = value; }

    /// <summary>True when "Stop logging" (the middle button, there only while logging) was chosen.</summary>
    public bool StopChosen => _logging && Result == 1;

    /// <summary>What was chosen: a file to log to, stop (<see cref="LogFileAnswer.Stop"/>), or null when cancelled, left empty or unchanged.</summary>
    public static LogFileAnswer? Ask(IApplication app, string? currentLogFile)
    {
        using var dialog = new LogFileDialog(currentLogFile);
        app.Run(dialog);
        if (dialog.StopChosen) return LogFileAnswer.Stop;
        var path = dialog.Path.Trim();
        if (dialog.Canceled || path.Length == 0 || path == currentLogFile) return null;
        return new LogFileAnswer(path);
    }
}
