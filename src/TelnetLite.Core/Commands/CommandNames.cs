namespace TelnetLite.Core.Commands;

/// <summary>The command words, and Windows telnet's documented short forms that always win over prefix matching.</summary>
internal static class CommandNames
{
    public const string Open = "open";
    public const string Close = "close";
    public const string Display = "display";
    public const string Quit = "quit";
    public const string Send = "send";
    public const string Set = "set";
    public const string Status = "status";
    public const string Unset = "unset";
    public const string Help = "help";
    public const string Save = "save";
    public const string StartTls = "starttls";
    public const string Certificate = "certificate";
    public const string Auth = "auth";
    public const string Mx = "mx";

    /// <summary>What shell users type to leave: the same as <see cref="Quit"/>.</summary>
    public const string Exit = "exit";

    /// <summary>BSD and inetutils telnet's word for ending the connection: the same as <see cref="Close"/>.</summary>
    public const string Logout = "logout";

    public static readonly WordMatcher Commands = new(
        [Open, Close, Display, Quit, Send, Set, Status, Unset, Help, Save, Exit, Logout, StartTls, Certificate, Auth, Mx],
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["o"] = Open,
            ["c"] = Close,
            ["d"] = Display,
            ["q"] = Quit,
            ["st"] = Status,
            // Before starttls existed "sta" was status; it stays so rather than turning ambiguous under a user's fingers.
            ["sta"] = Status,
            ["sen"] = Send,
            ["u"] = Unset,
            ["?"] = Help,
            ["h"] = Help,
        });
}
