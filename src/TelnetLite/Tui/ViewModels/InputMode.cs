namespace TelnetLite.Tui.ViewModels;

/// <summary>Where the input line sends what is typed.</summary>
internal enum InputMode
{
    /// <summary>Lines go to the server.</summary>
    Session,
    /// <summary>Lines go to the command interpreter (<c>telnetlite&gt;</c>).</summary>
    Command,
    /// <summary><c>open</c> alone asked <c>(to) </c>, as telnet does: the line is the host to open.</summary>
    OpenHost,
    /// <summary><c>auth</c> asked for a user name or a password: the line answers it and goes nowhere else.</summary>
    Credential,
}
