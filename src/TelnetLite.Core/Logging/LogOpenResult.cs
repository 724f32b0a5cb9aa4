namespace TelnetLite.Core.Logging;

/// <summary>The outcome of <see cref="SessionLog.Open"/>.</summary>
/// <param name="FullPath">The absolute path of the log file (a bare name is resolved against the current directory).</param>
/// <param name="Error">
/// Null when the log is open; otherwise a sentence for the user naming the full path and the reason,
/// e.g. <c>cannot open the log file /tmp/x/log.txt: the folder /tmp/x does not exist</c>.
/// </param>
internal sealed record LogOpenResult(string FullPath, string? Error)
{
    /// <summary>True when the log is open and its header is on disk.</summary>
    public bool Succeeded => Error is null;
}
