using System.Globalization;
using System.Net;

namespace TelnetLite.Tests.Support;

/// <summary>
/// How many bytes wait in the kernel's queues of one IPv4 TCP connection, from <c>/proc/net/tcp</c> (Linux only):
/// what a sender has not yet had acknowledged, and what a receiver has not yet read.
/// </summary>
/// <remarks>
/// A test that must know whether a program has <em>read</em> everything a peer sent (not merely whether the kernel
/// has it) asks for the receiver's queue: empty means every byte went to the program.
/// </remarks>
internal static class TcpQueues
{
    /// <summary>Bytes queued on the socket bound to <paramref name="local"/> and connected to <paramref name="remote"/>:
    /// (send queue, receive queue); null when no such connection is listed.</summary>
    public static (long Send, long Receive)? Of(IPEndPoint local, IPEndPoint remote)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("/proc/net/tcp is Linux's");
        var localText = Format(local);
        var remoteText = Format(remote);
        foreach (var line in File.ReadLines("/proc/net/tcp").Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5 || fields[1] != localText || fields[2] != remoteText) continue;
            var queues = fields[4].Split(':');
            return (long.Parse(queues[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                long.Parse(queues[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
        return null;
    }

    // /proc/net/tcp writes an IPv4 address as the hex of its 32 bits in host order (little-endian here), then the port.
    private static string Format(IPEndPoint endPoint)
    {
        var bytes = endPoint.Address.MapToIPv4().GetAddressBytes();
        var address = BitConverter.ToUInt32(bytes, 0);
        return string.Create(CultureInfo.InvariantCulture, $"{address:X8}:{endPoint.Port:X4}");
    }
}
