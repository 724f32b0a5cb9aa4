using System.Net;
using System.Net.Sockets;

namespace TelnetLite.Core.Session;

/// <summary>Resolves a host and connects to the first address that answers, within one overall timeout.</summary>
internal static class TcpConnector
{
    public static async Task<ConnectOutcome> ConnectAsync(ConnectRequest request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            return Failed(request, ConnectFailureClassifier.Classify(e.SocketErrorCode), e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(request, ConnectFailureKind.TimedOut, $"name resolution took longer than {request.Timeout.TotalSeconds:0.#} s");
        }
        if (addresses.Length == 0 && System.Net.IPAddress.TryParse(request.Host, out var literal))
        {
            return Failed(request, ConnectFailureKind.WrongAddressFamily,
                $"{request.Host} is an {(literal.AddressFamily == AddressFamily.InterNetwork ? "IPv4" : "IPv6")} address, but {(request.Family == AddressFamilyPreference.IPv4 ? "-4" : "-6")} asks for {request.Family}");
        }
        if (addresses.Length == 0)
        {
            var family = request.Family == AddressFamilyPreference.Any ? "" : request.Family + " ";
            return Failed(request, ConnectFailureKind.NameNotResolved, $"the name has no {family}address");
        }

        ConnectOutcome? last = null;
        foreach (var address in addresses)
        {
            last = await TryAddressAsync(request, address, timeout.Token, cancellationToken).ConfigureAwait(false);
            if (last.Socket is not null || last.Failure?.Kind is ConnectFailureKind.TimedOut or ConnectFailureKind.BindFailed) return last;
        }
        return last!;
    }

    private static async Task<IPAddress[]> ResolveAsync(ConnectRequest request, CancellationToken cancellationToken)
    {
        var family = request.Family switch
        {
            AddressFamilyPreference.IPv4 => AddressFamily.InterNetwork,
            AddressFamilyPreference.IPv6 => AddressFamily.InterNetworkV6,
            _ => AddressFamily.Unspecified,
        };
        if (IPAddress.TryParse(request.Host, out var literal))
        {
            return family == AddressFamily.Unspecified || literal.AddressFamily == family ? [literal] : [];
        }
        return await Dns.GetHostAddressesAsync(request.Host, family, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ConnectOutcome> TryAddressAsync(
        ConnectRequest request, IPAddress address, CancellationToken timeoutToken, CancellationToken userToken)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (request.LocalAddress is { } local)
            {
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                }
                catch (SocketException e)
                {
                    socket.Dispose();
                    return Failed(request, ConnectFailureKind.BindFailed, $"cannot bind to {local}: {e.Message}");
                }
            }
            await socket.ConnectAsync(new IPEndPoint(address, request.Port), timeoutToken).ConfigureAwait(false);
            return new ConnectOutcome(socket, null);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            return Failed(request, ConnectFailureClassifier.Classify(e.SocketErrorCode), $"{address}: {e.Message}");
        }
        catch (OperationCanceledException) when (!userToken.IsCancellationRequested)
        {
            socket.Dispose();
            return Failed(request, ConnectFailureKind.TimedOut, $"{address}: no answer within {request.Timeout.TotalSeconds:0.#} s");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static ConnectOutcome Failed(ConnectRequest request, ConnectFailureKind kind, string detail) =>
        new(null, new ConnectFailure(request.Host, request.Port, kind, detail));
}
