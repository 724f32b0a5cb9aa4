namespace TelnetLite.Core.Session;

/// <summary>How a <see cref="NoteEvent"/> should be presented.</summary>
public enum NoteKind
{
    /// <summary>Progress and status (connecting, connected, settings).</summary>
    Info,
    /// <summary>Something the user should look at but that did not fail.</summary>
    Warning,
    /// <summary>A failure: connect failed, connection lost, log unwritable.</summary>
    Error,
}
