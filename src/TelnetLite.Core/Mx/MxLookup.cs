using System.Net;
using System.Net.Sockets;
using DnsClient;
using DnsClient.Protocol;

namespace TelnetLite.Core.Mx;

/// <summary>Looks up the mail hosts of a domain with DnsClient: its MX records in preference order and each host's
/// addresses, the implicit MX of RFC 5321 §5.1 when there is no MX, and a null MX (RFC 7505).</summary>
/// <remarks>
/// <para>Every failure is a result, never an exception: NXDOMAIN, SERVFAIL, REFUSED, a timeout or an unreachable
/// server become an <see cref="MxLookupOutcome"/> that <see cref="MxLookupText"/> explains. Only cancellation throws.</para>
/// <para>No cache: each lookup asks again, as a person testing a DNS change expects. The first server's answer is
/// final, even an error, so the explanation names the server that gave it.</para>
/// </remarks>
internal sealed class MxLookup(MxLookupOptions options)
{
    /// <summary>The mail hosts of <paramref name="domain"/>, or why there are none.</summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<MxLookupResult> LookupAsync(string domain, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        var patience = options.Timeout * (options.Retries + 1);
        if (!MailDomain.TryNormalise(domain, out var name, out var error))
            return new MxLookupResult(Commands.CommandLineText.Visible(domain ?? ""), MxLookupOutcome.InvalidDomain, AskedServer(null), [], error);

        LookupClient client;
        try
        {
            client = new LookupClient(ClientOptions());
        }
        catch (Exception e) when (e is InvalidOperationException or DnsResponseException or System.Net.NetworkInformation.NetworkInformationException)
        {
            return new MxLookupResult(name, MxLookupOutcome.NetworkError, "the system's resolver", [],
                "this machine has no DNS server configured; give one with --dns SERVER") { Timeout = patience };
        }

        var resolver = AskedServer(client);
        var mx = await AskAsync(client, name, QueryType.MX, cancellationToken).ConfigureAwait(false);
        if (mx.Failure is { } failure) return Failed(name, resolver, failure, patience);
        resolver = mx.Resolver ?? resolver;

        var records = mx.Response!.Answers.OfType<MxRecord>().ToList();
        if (records.Any(IsNullMx))
            return new MxLookupResult(name, MxLookupOutcome.NullMx, resolver, []) { Timeout = patience };

        if (records.Count == 0)
        {
            var own = await AddressesAsync(client, name, cancellationToken).ConfigureAwait(false);
            if (own.Failure is { } ownFailure) return Failed(name, resolver, ownFailure, patience);
            return own.Addresses.Count == 0
                ? new MxLookupResult(name, MxLookupOutcome.NoMailHost, resolver, []) { Timeout = patience }
                : new MxLookupResult(name, MxLookupOutcome.ImplicitMx, resolver, [new MxHost(0, name, own.Addresses, IsImplicit: true, null)]) { Timeout = patience };
        }

        var hosts = new List<MxHost>();
        // OrderBy is stable: equal preferences keep the server's order (RFC 5321 lets senders shuffle them; a tester wants repeatability).
        foreach (var record in records.OrderBy(record => record.Preference))
        {
            var host = Unrooted(record.Exchange.Value);
            var addresses = await AddressesAsync(client, host, cancellationToken).ConfigureAwait(false);
            var problem = addresses.Failure is { } hostFailure ? $"its address lookup failed: {DescribeFailure(hostFailure)}"
                : addresses.Addresses.Count == 0 ? "no A or AAAA record"
                : null;
            hosts.Add(new MxHost(record.Preference, host, addresses.Addresses, IsImplicit: false, problem));
        }

        return new MxLookupResult(name, MxLookupOutcome.MailHosts, resolver, hosts) { Timeout = patience };
    }

    private LookupClientOptions ClientOptions()
    {
        var clientOptions = options.Server is { } server ? new LookupClientOptions(server) : new LookupClientOptions();
        clientOptions.UseCache = false;
        clientOptions.Timeout = options.Timeout;
        clientOptions.Retries = options.Retries;
        clientOptions.ThrowDnsErrors = false;
        clientOptions.ContinueOnDnsError = false;
        clientOptions.ContinueOnEmptyResponse = false;
        clientOptions.UseTcpFallback = true;
        // The resolvers in the order configured, as the system's own lookups use them, so the one named is the one asked.
        clientOptions.UseRandomNameServer = false;
        return clientOptions;
    }

    private string AskedServer(LookupClient? client)
    {
        if (options.Server is { } server) return DnsServerAddress.Format(server);
        var servers = client?.NameServers.Select(ns => DnsServerAddress.Format(new IPEndPoint(IPAddress.Parse(ns.Address), ns.Port))).ToList() ?? [];
        return servers.Count switch
        {
            0 => "the system's resolver",
            1 => $"the system's resolver {servers[0]}",
            _ => $"the system's resolvers {string.Join(", ", servers)}",
        };
    }

    private static bool IsNullMx(MxRecord record) => Unrooted(record.Exchange.Value).Length == 0;

    private static string Unrooted(string name) => name.EndsWith('.') ? name[..^1] : name;

    private static async Task<DnsAnswer> AskAsync(LookupClient client, string name, QueryType type, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.QueryAsync(name, type, QueryClass.IN, cancellationToken).ConfigureAwait(false);
            var resolver = response.NameServer is { } ns ? DnsServerAddress.Format(new IPEndPoint(IPAddress.Parse(ns.Address), ns.Port)) : null;
            var code = response.Header.ResponseCode;
            return code == DnsHeaderResponseCode.NoError
                ? new DnsAnswer(response, null, resolver)
                : new DnsAnswer(null, new DnsFailure(Outcome(code), code.ToString(), RcodeName(code)), resolver);
        }
        // DnsClient reports a cancelled query as a timeout; the caller asked to stop, so it stops.
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (DnsResponseException e) when (e.Code == DnsResponseCode.ConnectionTimeout)
        {
            return new DnsAnswer(null, new DnsFailure(MxLookupOutcome.Timeout, "no answer in time", null), null);
        }
        catch (DnsResponseException e)
        {
            return new DnsAnswer(null, new DnsFailure(Outcome(e.Code), e.Message, null), null);
        }
        catch (SocketException e)
        {
            return new DnsAnswer(null, new DnsFailure(MxLookupOutcome.NetworkError, e.Message, null), null);
        }
    }

    private static async Task<DnsAddresses> AddressesAsync(LookupClient client, string host, CancellationToken cancellationToken)
    {
        var v4 = await AskAsync(client, host, QueryType.A, cancellationToken).ConfigureAwait(false);
        var v6 = await AskAsync(client, host, QueryType.AAAA, cancellationToken).ConfigureAwait(false);
        List<IPAddress> addresses =
        [
            .. v4.Response?.Answers.OfType<ARecord>().Select(record => record.Address) ?? [],
            .. v6.Response?.Answers.OfType<AaaaRecord>().Select(record => record.Address) ?? [],
        ];
        // One family failing is no failure while the other gave addresses (a server that mishandles AAAA).
        var failure = addresses.Count > 0 ? null : v4.Failure ?? v6.Failure;
        return new DnsAddresses(addresses, failure);
    }

    private static MxLookupResult Failed(string name, string resolver, DnsFailure failure, TimeSpan patience) =>
        new(name, failure.Outcome, resolver, [], failure.Rcode ?? failure.Detail) { Timeout = patience };

    private static string DescribeFailure(DnsFailure failure) => failure.Outcome switch
    {
        MxLookupOutcome.DomainNotFound => "the name does not exist (NXDOMAIN)",
        MxLookupOutcome.ServerFailure => "SERVFAIL",
        MxLookupOutcome.Refused => "REFUSED",
        MxLookupOutcome.Timeout => "no answer in time",
        _ => failure.Rcode ?? failure.Detail,
    };

    private static MxLookupOutcome Outcome(DnsHeaderResponseCode code) => code switch
    {
        DnsHeaderResponseCode.NotExistentDomain => MxLookupOutcome.DomainNotFound,
        DnsHeaderResponseCode.ServerFailure => MxLookupOutcome.ServerFailure,
        DnsHeaderResponseCode.Refused => MxLookupOutcome.Refused,
        _ => MxLookupOutcome.OtherError,
    };

    private static MxLookupOutcome Outcome(DnsResponseCode code) => code switch
    {
        DnsResponseCode.NotExistentDomain => MxLookupOutcome.DomainNotFound,
        DnsResponseCode.ServerFailure => MxLookupOutcome.ServerFailure,
        DnsResponseCode.Refused => MxLookupOutcome.Refused,
        DnsResponseCode.ConnectionTimeout => MxLookupOutcome.Timeout,
        DnsResponseCode.Unassigned => MxLookupOutcome.NetworkError,
        _ => MxLookupOutcome.OtherError,
    };

    // The names of RFC 1035 §4.1.1 and RFC 6895 that DNS tools print, rather than DnsClient's enum names.
    private static string RcodeName(DnsHeaderResponseCode code) => code switch
    {
        DnsHeaderResponseCode.FormatError => "FORMERR (the server could not read the question)",
        DnsHeaderResponseCode.ServerFailure => "SERVFAIL",
        DnsHeaderResponseCode.NotExistentDomain => "NXDOMAIN",
        DnsHeaderResponseCode.NotImplemented => "NOTIMP (the server does not do this kind of question)",
        DnsHeaderResponseCode.Refused => "REFUSED",
        _ => $"response code {(int)code}",
    };

    private sealed record DnsFailure(MxLookupOutcome Outcome, string Detail, string? Rcode);

    private sealed record DnsAnswer(IDnsQueryResponse? Response, DnsFailure? Failure, string? Resolver);

    private sealed record DnsAddresses(IReadOnlyList<IPAddress> Addresses, DnsFailure? Failure);
}
