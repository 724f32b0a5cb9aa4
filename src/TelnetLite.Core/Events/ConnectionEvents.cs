using System.Net;

namespace TelnetLite.Core.Events;

/// <summary>A connection attempt started (<c>Connecting to HOST...</c>).</summary>
public sealed record ConnectingEvent(DateTimeOffset Time, string Host, int Port) : SessionEvent(Time);

/// <summary>The TCP connection is established.</summary>
/// <param name="Remote">The address actually connected to (a name may resolve to several); null over a caller's stream.</param>
/// <param name="Local">The local end point, which the server sees as the client address; null over a caller's stream.</param>
public sealed record ConnectedEvent(DateTimeOffset Time, string Host, int Port, IPEndPoint? Remote, IPEndPoint? Local)
    : SessionEvent(Time);

/// <summary>A connection attempt failed; the session stays unconnected.</summary>
/// <param name="ClassicLine">Classic telnet's words: <c>Connecting to HOST...Could not open connection to the host...</c>.</param>
/// <param name="Meaning">What happened, in one sentence (the first line of the diagnosis, without its label).</param>
/// <param name="Diagnosis">The whole explanation as lines: <c>connect failed: ...</c>, <c>cause: ...</c>, <c>next: ...</c>.</param>
/// <param name="Detail">The operating system's own words.</param>
public sealed record ConnectFailedEvent(
    DateTimeOffset Time, string Host, int Port, string ClassicLine, string Meaning, IReadOnlyList<string> Diagnosis, string Detail)
    : SessionEvent(Time);

/// <summary>The connection ended.</summary>
/// <param name="Detail">For an abnormal end, the socket error in words.</param>
public sealed record ClosedEvent(DateTimeOffset Time, CloseReason Reason, string? Detail) : SessionEvent(Time);

/// <summary>Why a connection ended.</summary>
public enum CloseReason
{
    /// <summary>The server closed the connection in an orderly way (<c>Connection closed by foreign host.</c>).</summary>
    RemoteClosed,
    /// <summary>The user closed it (<c>close</c>, <c>quit</c>, end of input).</summary>
    LocalClosed,
    /// <summary>Reset, I/O error or any other abnormal loss.</summary>
    Lost,
}
