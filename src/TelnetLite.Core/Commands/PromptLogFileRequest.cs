namespace TelnetLite.Core.Commands;

/// <summary><c>set logfile</c> with no file: ask for the path.</summary>
/// <remarks>
/// The TUI opens its Log file dialog and applies a <see cref="LogFileChange"/> with the answer; plain mode shows
/// <see cref="Usage"/>.
/// </remarks>
internal sealed record PromptLogFileRequest : CommandRequest
{
    /// <summary>What plain mode shows instead of a dialog.</summary>
    public string Usage => "Usage: set logfile FILE (a bare name goes to the current directory; an existing file is appended to)";
}
