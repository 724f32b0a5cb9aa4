namespace TelnetLite.Core.Session;

/// <summary>
/// The connection has been quiet for the idle interval (0.5 s) after receiving data.
/// </summary>
/// <remarks>Raised once per burst; line-oriented observers use it to flush a partial line such as a prompt.</remarks>
public sealed record ReceiveIdleEvent(DateTimeOffset Time) : SessionEvent(Time);
