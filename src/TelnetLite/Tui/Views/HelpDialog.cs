using System.Collections.ObjectModel;
using TelnetLite.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace TelnetLite.Tui.Views;

/// <summary>F1: every command and key, in a list that scrolls at any size, wrapped at words to the list's own width.</summary>
internal sealed class HelpDialog : Dialog
{
    private readonly ListView _list;
    private readonly string _escapeName;
    private int _wrappedWidth = -1;

    /// <param name="screenWidth">A first guess at the list's width, until the dialog is laid out.</param>
    public HelpDialog(string escapeName, int screenWidth)
    {
        Title = "TelnetLite help";
        Width = Dim.Percent(95);
        Height = Dim.Percent(90);
        _escapeName = escapeName;
        _list = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        Wrap(screenWidth * 95 / 100 - 6);
        // Wrapped to the width the list really has once laid out: a guess at it would cut words at the edge.
        _list.ViewportChanged += (_, _) => Wrap(_list.Viewport.Width);
        Add(_list);
        AddButton(new Button { Text = "_Close" });
    }

    /// <summary>The lines as the list shows them.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public static void Show(IApplication app, string escapeName)
    {
        using var dialog = new HelpDialog(escapeName, app.Screen.Width);
        app.Run(dialog);
    }

    private void Wrap(int width)
    {
        if (width <= 0 || width == _wrappedWidth) return;
        _wrappedWidth = width;
        Lines = HelpContent.Lines(_escapeName, width);
        _list.SetSource(new ObservableCollection<string>(Lines));
    }
}
