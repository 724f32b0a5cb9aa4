namespace TelnetLite.Core.Session;

/// <summary>What a transcript line is, which decides its colour.</summary>
public enum TranscriptKind
{
    /// <summary>Text the server sent.</summary>
    Received,
    /// <summary>A line the user sent (shown when local echo is on).</summary>
    Sent,
    /// <summary>TelnetLite's progress notes.</summary>
    Note,
    /// <summary>TelnetLite's warnings, including lint warnings.</summary>
    Warning,
    /// <summary>Failures: connect failed, connection lost, log unwritable.</summary>
    Error,
    /// <summary>The assistant's explanation of a reply.</summary>
    Annotation,
    /// <summary>Command-mode input and output (<c>telnetlite&gt; status</c>).</summary>
    Command,
}
