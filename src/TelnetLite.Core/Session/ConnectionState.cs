namespace TelnetLite.Core.Session;

/// <summary>Where a session's connection stands.</summary>
public enum ConnectionState
{
    /// <summary>Never connected, or closed by the user.</summary>
    NotConnected,
    /// <summary>A connect attempt is running.</summary>
    Connecting,
    /// <summary>Connected.</summary>
    Connected,
    /// <summary>The server closed the connection or it was lost; the transcript stays readable.</summary>
    Closed,
}
