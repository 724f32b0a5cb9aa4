using System.Collections.ObjectModel;
using TelnetLite.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TelnetLite.Tui.Views;

/// <summary>F1: every command and key, in a list that scrolls at any size.</summary>
internal sealed class HelpDialog : Dialog
{
    /// <param name="screenWidth">The lines are wrapped to fit the dialog on this screen.</param>
    public HelpDialog(string escapeName, int screenWidth)
    {
        Title = "TelnetLite help";
        Width = Dim.Percent(95);
        Height = Dim.Percent(90);
        var list = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        // The dialog's border and padding take a few columns of its 95%.
        list.SetSource(new ObservableCollection<string>(HelpContent.Lines(escapeName, screenWidth * 95 / 100 - 6)));
        Add(list);
        AddButton(new Button { Text = "_Close" });
    }

    public static void Show(IApplication app, string escapeName)
    {
        using var dialog = new HelpDialog(escapeName, app.Screen.Width);
        app.Run(dialog);
    }
}
