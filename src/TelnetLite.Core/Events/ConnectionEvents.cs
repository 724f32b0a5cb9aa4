using System.Net;

namespace TelnetLite.Core.Events;

/// <summary>A connection attempt started (<c>Connecting to HOST...</c>).</summary>
internal sealed record ConnectingEvent(DateTimeOffset Time, string Host, int Port) : SessionEvent(Time);

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
internal sealed record ConnectFailedEvent(
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

/// <summary>
/// The connection is now encrypted (STARTTLS, or TLS from the first byte): everything sent and received from here on
/// goes over TLS (shown <c>⇢</c> / <c>⇠</c> on screen, logged <c>~&gt;</c> / <c>&lt;~</c>).
/// </summary>
/// <param name="Protocol">As people write it: <c>TLS 1.2</c>, <c>TLS 1.3</c>.</param>
/// <param name="CipherSuite">The negotiated cipher suite's name.</param>
/// <param name="Verified">False when the certificate did not validate and the session goes on anyway (<c>--insecure</c>).</param>
/// <param name="Summary">The certificate and the handshake in a few lines (subject, issuer, validity, names, validation).</param>
internal sealed record TlsStartedEvent(DateTimeOffset Time, string Protocol, string CipherSuite, bool Verified, IReadOnlyList<string> Summary)
    : SessionEvent(Time);

/// <summary>A TLS handshake failed: the connection is closed after this, with the reason and what to do in <paramref name="Lines"/>.</summary>
/// <param name="Summary">One sentence: what went wrong.</param>
/// <param name="Lines">The explanation as lines: <c>tls failed: ...</c>, <c>cause: ...</c>, <c>next: ...</c>.</param>
internal sealed record TlsFailedEvent(DateTimeOffset Time, string Summary, IReadOnlyList<string> Lines) : SessionEvent(Time);
