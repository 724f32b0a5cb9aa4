namespace TelnetLite.Core.Session;

/// <summary>The server started (WILL ECHO) or stopped echoing what we send; local echo follows it.</summary>
public sealed record RemoteEchoChangedEvent(DateTimeOffset Time, bool ServerEchoes) : SessionEvent(Time);
