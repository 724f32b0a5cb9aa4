using System.Collections.ObjectModel;
using TelnetLite.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TelnetLite.Tui.Views;

/// <summary>F1: every command and key, in a list that scrolls at any size.</summary>
internal sealed class HelpDialog : Dialog
{
    public HelpDialog(string escapeName)
    {
        Title = "TelnetLite help";
        Width = Dim.Percent(95);
        Height = Dim.Percent(90);
        var list = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        list.SetSource(new ObservableCollection<string>(HelpContent.Lines(escapeName)));
        Add(list);
        AddButton(new Button { Text = "_Close" });
    }

    public static void Show(IApplication app, string escapeName)
    {
        using var dialog = new HelpDialog(escapeName);
        app.Run(dialog);
    }
}
