using System.Globalization;
using System.Net;
using TelnetLite.Core.Session;

namespace TelnetLite.Core.Logging;

/// <summary>The words of the <c>==</c> lines the session log writes for session events.</summary>
internal static class LogNoteText
{
    public static string Connecting(ConnectingEvent connecting) =>
        $"connecting to {HostAndPort(connecting.Host, connecting.Port)}";

    public static string Connected(ConnectedEvent connected) =>
        $"connected to {HostAndPort(connected.Host, connected.Port)}" + (connected.Remote is { } remote ? $" ({AddressText(remote.Address)})" : "");

    public static string Closed(ClosedEvent closed) => closed.Reason switch
    {
        CloseReason.RemoteClosed => "connection closed by foreign host",
        CloseReason.LocalClosed => "connection closed",
        _ => string.IsNullOrEmpty(closed.Detail) ? "connection lost" : "connection lost: " + closed.Detail,
    };

    public static string Note(NoteEvent note) => note.Kind switch
    {
        NoteKind.Warning => "warning: " + note.Text,
        NoteKind.Error => "error: " + note.Text,
        _ => note.Text,
    };

    private static string HostAndPort(string host, int port) =>
        (host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host) + ":" + port.ToString(CultureInfo.InvariantCulture);

    // A dual-mode socket reports an IPv4 peer as ::ffff:a.b.c.d; the person reading wants a.b.c.d.
    private static string AddressText(IPAddress address) =>
        (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
