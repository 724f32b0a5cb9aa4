namespace TelnetLite.Core.Session;

/// <summary>What a front end does after a command-mode line.</summary>
public enum CommandFollowUp
{
    /// <summary>Stay at the <c>telnetlite&gt;</c> prompt.</summary>
    StayInCommandMode,
    /// <summary>Back to the session (an empty line while connected, or a successful <c>open</c>).</summary>
    ReturnToSession,
    /// <summary>End TelnetLite.</summary>
    Quit,
    /// <summary><c>open</c> with no host: ask for one (plain mode prompts <c>(to) </c>, the TUI opens its dialog).</summary>
    AskForHost,
    /// <summary><c>set logfile</c> with no path: ask for one.</summary>
    AskForLogFile,
    /// <summary><c>save FILE</c>: the front end owns the transcript and writes it to <see cref="CommandOutcome.Argument"/>.</summary>
    SaveTranscript,
}
