namespace TelnetLite.Tui;

/// <summary>How the TUI starts: what Program.cs learned from the command line.</summary>
internal sealed record TuiOptions
{
    /// <summary>Connect to this host at once; null starts at the <c>telnetlite&gt;</c> prompt.</summary>
    public string? Host { get; init; }

    public int Port { get; init; } = 23;

    /// <summary>Lines the transcript keeps (<c>set scrollback N</c> changes it later).</summary>
    public int Scrollback { get; init; } = ViewModels.TranscriptViewModel.DefaultScrollback;

    /// <summary>The Open dialog's default connect timeout (<c>--connect-timeout</c>).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Where histories and recent hosts are kept; null means the user's config folder.</summary>
    public string? ConfigDirectory { get; init; }

    /// <summary>
    /// Runs on the UI thread once the window listens to the controller, after the welcome and before connecting:
    /// open the <c>-f</c> log and add the front end's notes here, so that none of what they report is lost.
    /// </summary>
    public Action? Started { get; init; }

    /// <summary>
    /// False keeps this run's connections out of the recent hosts (the <c>--demo</c> server listens on a throwaway
    /// loopback port that is dead once the run ends).
    /// </summary>
    public bool RememberHosts { get; init; } = true;

    /// <summary>No colours at all (the NO_COLOR convention); by default read from the environment.</summary>
    public bool NoColor { get; init; } = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
