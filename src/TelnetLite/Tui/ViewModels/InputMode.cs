namespace TelnetLite.Tui.ViewModels;

/// <summary>Where the input line sends what is typed.</summary>
internal enum InputMode
{
    /// <summary>Lines go to the server.</summary>
    Session,
    /// <summary>Lines go to the command interpreter (<c>telnetlite&gt;</c>).</summary>
    Command,
}
