using System.Net.Sockets;

namespace TelnetLite.Core.Session;

/// <summary>What a connection reads and writes: a stream, and the socket under it when there is one (for urgent data).</summary>
internal sealed record ConnectionTransport(Stream Stream, Socket? Socket);
