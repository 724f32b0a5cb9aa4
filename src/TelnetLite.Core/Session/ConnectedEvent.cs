using System.Net;

namespace TelnetLite.Core.Session;

/// <summary>The TCP connection is established.</summary>
/// <param name="Remote">The address actually connected to (a name may resolve to several).</param>
/// <param name="Local">The local end point, which the server sees as the client address.</param>
public sealed record ConnectedEvent(DateTimeOffset Time, string Host, int Port, IPEndPoint Remote, IPEndPoint Local)
    : SessionEvent(Time);
