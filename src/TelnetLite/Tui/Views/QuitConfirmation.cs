using Terminal.Gui.App;
using Terminal.Gui.Views;

namespace TelnetLite.Tui.Views;

/// <summary>Ctrl+Q while connected: quitting closes the connection, so ask first.</summary>
internal static class QuitConfirmation
{
    /// <summary>True when the user confirmed.</summary>
    public static bool Ask(IApplication app, string target)
    {
        var answer = MessageBox.Query(app, "Quit", $"Close the connection to {target} and quit TelnetLite?", "_Stay", "_Quit");
        return answer == 1;
    }
}
