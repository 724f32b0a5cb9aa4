namespace TelnetLite.Core.Session;

/// <summary>A connection attempt started (<c>Connecting to HOST...</c>).</summary>
public sealed record ConnectingEvent(DateTimeOffset Time, string Host, int Port) : SessionEvent(Time);
