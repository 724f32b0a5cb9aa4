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

    public OpenDialog(RecentHosts recent, TimeSpan connectTimeout)
    {
        Title = "Open";
        _recent = recent.Entries;
        Width = Dim.Percent(80);
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

        if (_recent.Count > 0)
        {
            var recentLabel = new Label { Text = "_Recent hosts:", X = 0, Y = 4 };
            var list = new ListView { X = 0, Y = 5, Width = Dim.Fill(1), Height = Math.Min(_recent.Count, 6) };
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

    /// <summary>Shows the dialog until it is cancelled or holds a valid request.</summary>
    public static OpenRequest? Ask(IApplication app, RecentHosts recent, TimeSpan connectTimeout)
    {
        using var dialog = new OpenDialog(recent, connectTimeout);
        while (true)
        {
            app.Run(dialog);
            if (dialog.Canceled) return null;
            if (OpenRequest.TryParse(dialog.Host, dialog.Port, dialog.Timeout, out var request, out var error)) return request;
            dialog._error.Text = error;
        }
    }
}
