using System.Collections.ObjectModel;
using System.Globalization;
using TelnetLite.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TelnetLite.Tui.Views;

/// <summary>F5 or <c>open</c> without a host: host, port, connect timeout, and the hosts used lately.</summary>
internal sealed class OpenDialog : Dialog
{
    private readonly TextField _host;
    private readonly TextField _port;
    private readonly TextField _timeout;
    private readonly Label _error;
    private readonly IReadOnlyList<(string Host, int Port)> _recent;

    /// <summary>Rows the dialog needs besides the recent-hosts list: borders, three fields, the error line, the list's label, the buttons.</summary>
    public const int RowsWithoutRecentList = 10;

    public const int MostRecentRows = 6;

    /// <param name="screenRows">The screen's height: the recent-hosts list shrinks, or goes, so that the fields and buttons stay on screen.</param>
    public OpenDialog(RecentHosts recent, TimeSpan connectTimeout, int screenRows = int.MaxValue)
    {
        Title = "Open";
        _recent = recent.Entries;
        // Wide enough on a 40-column screen for a host name to show whole.
        Width = Dim.Percent(90);
        Height = Dim.Auto();

        var hostLabel = new Label { Text = "_Host:", X = 0, Y = 0 };
        _host = new TextField { X = 10, Y = 0, Width = Dim.Fill(1), Text = _recent.Count > 0 ? _recent[0].Host : "" };
        var portLabel = new Label { Text = "_Port:", X = 0, Y = 1 };
        _port = new TextField { X = 10, Y = 1, Width = 8, Text = (_recent.Count > 0 ? _recent[0].Port : 25).ToString(CultureInfo.InvariantCulture) };
        var timeoutLabel = new Label { Text = "_Timeout:", X = 0, Y = 2 };
        _timeout = new TextField { X = 10, Y = 2, Width = 8, Text = connectTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) };
        var seconds = new Label { Text = "seconds", X = 19, Y = 2 };
        _error = new Label { X = 0, Y = 3, Width = Dim.Fill(1), Text = "" };
        Add(hostLabel, _host, portLabel, _port, timeoutLabel, _timeout, seconds, _error);

        var listRows = RecentListRows(_recent.Count, screenRows);
        if (listRows > 0)
        {
            var recentLabel = new Label { Text = "_Recent hosts:", X = 0, Y = 4 };
            var list = new ListView { X = 0, Y = 5, Width = Dim.Fill(1), Height = listRows };
            list.SetSource(new ObservableCollection<string>(_recent.Select(r => $"{r.Host} {r.Port}")));
            list.ValueChanged += (_, _) =>
            {
                if (list.Value is { } index && index >= 0 && index < _recent.Count)
                {
                    _host.Text = _recent[index].Host;
                    _port.Text = _recent[index].Port.ToString(CultureInfo.InvariantCulture);
                }
            };
            Add(recentLabel, list);
        }

        AddButton(new Button { Text = "Cancel" });
        AddButton(new Button { Text = "_Open" });
    }

    public string Host { get => _host.Text; set => _host.Text = value; }

    public string Port { get => _port.Text; set => _port.Text = value; }

    public string Timeout { get => _timeout.Text; set => _timeout.Text = value; }

    /// <summary>How many recent hosts the list shows on a screen of <paramref name="screenRows"/> rows (0: no list).</summary>
    public static int RecentListRows(int recentCount, int screenRows) =>
        Math.Clamp(Math.Min(recentCount, screenRows - RowsWithoutRecentList), 0, MostRecentRows);

    /// <summary>Shows the dialog until it is cancelled or holds a valid request.</summary>
    public static OpenRequest? Ask(IApplication app, RecentHosts recent, TimeSpan connectTimeout)
    {
        using var dialog = new OpenDialog(recent, connectTimeout, app.Screen.Height);
        while (true)
        {
            app.Run(dialog);
            if (dialog.Canceled) return null;
            if (OpenRequest.TryParse(dialog.Host, dialog.Port, dialog.Timeout, out var request, out var error)) return request;
            dialog._error.Text = error;
        }
    }
}
