using System.Net.Sockets;

namespace TelnetLite.Core.Session;

/// <summary>Either a connected socket or the reason there is none.</summary>
internal sealed record ConnectOutcome(Socket? Socket, ConnectFailure? Failure);
