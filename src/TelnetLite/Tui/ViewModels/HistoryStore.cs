namespace TelnetLite.Tui.ViewModels;

/// <summary>Keeps the input histories and recent hosts across runs, in the user's config folder.</summary>
/// <remarks>Failures to read or write are swallowed: history is a convenience and must never stop a session.</remarks>
internal sealed class HistoryStore
{
    public const string SessionFile = "history-session";
    public const string CommandFile = "history-commands";
    public const string RecentHostsFile = "recent-hosts";

    public HistoryStore(string? directory)
    {
        Directory = directory;
    }

    /// <summary>Null means nothing is kept (no config folder could be found).</summary>
    public string? Directory { get; }

    /// <summary><c>ApplicationData/telnetlite</c> (on Linux <c>$XDG_CONFIG_HOME/telnetlite</c> or <c>~/.config/telnetlite</c>).</summary>
    public static HistoryStore ForCurrentUser()
    {
        // DoNotVerify: on a fresh account ~/.config may not exist yet, and without it the path comes back empty.
        var root = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return new HistoryStore(string.IsNullOrEmpty(root) ? null : Path.Combine(root, "telnetlite"));
    }

    public IReadOnlyList<string> Load(string name)
    {
        if (Directory is null) return [];
        try
        {
            var path = Path.Combine(Directory, name);
            return File.Exists(path) ? File.ReadAllLines(path) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    public void Save(string name, IEnumerable<string> lines)
    {
        if (Directory is null) return;
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllLines(Path.Combine(Directory, name), lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only home must not end the session; the history is simply not kept this time.
        }
    }
}
