using System.Globalization;
using System.Net;

namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>A real dnsmasq on a free loopback port, answering only from the records given (the recipe of
/// /work/shared/docs/peers.md); its own folder, stopped and removed when disposed.</summary>
internal sealed class DnsmasqServer : IAsyncDisposable
{
    /// <summary>The zones of the recipe: MX with two hosts, an A-only domain, a null MX, NXDOMAIN.</summary>
    public static readonly IReadOnlyList<string> FabrikamRecords =
    [
        "mx-host=fabrikam.test,mail1.fabrikam.test,10",
        "mx-host=fabrikam.test,mail2.fabrikam.test,20",
        "address=/mail1.fabrikam.test/127.0.0.1",
        "address=/mail2.fabrikam.test/127.0.0.2",
        "address=/aonly.test/127.0.0.1",
        // Without a record of its own, local= would make aonly.test's MX query NXDOMAIN rather than NODATA.
        "txt-record=aonly.test,\"v=spf1 -all\"",
        "address=/nosuch.test/",
        "mx-host=nullmx.test,.,0",
    ];

    private const int StartAttempts = 3;
    private readonly TemporaryFolder _folder;
    private readonly PeerDaemon _daemon;

    private DnsmasqServer(TemporaryFolder folder, PeerDaemon daemon, int port)
    {
        _folder = folder;
        _daemon = daemon;
        EndPoint = new IPEndPoint(IPAddress.Loopback, port);
    }

    /// <summary>Where it answers, UDP and TCP.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Starts dnsmasq with <paramref name="records"/> for names under <c>.test</c>; other names are REFUSED.</summary>
    public static async Task<DnsmasqServer> StartAsync(IReadOnlyList<string>? records = null)
    {
        PeerRequirements.Dnsmasq.EnsureAvailable();
        for (var attempt = 1; ; attempt++)
        {
            var folder = new TemporaryFolder();
            var port = FreePorts.UdpAndTcp();
            var config = folder.File("dnsmasq.conf");
            await File.WriteAllLinesAsync(config,
            [
                "no-resolv", "no-hosts", "local=/test/", $"port={port.ToString(CultureInfo.InvariantCulture)}", "listen-address=127.0.0.1",
                "bind-interfaces", "pid-file=", "log-facility=-", .. records ?? FabrikamRecords,
            ]);
            try
            {
                var daemon = await PeerDaemon.StartAsync(ProgramLocator.Find("dnsmasq")!, ["-C", config, "-k"], "started, version");
                return new DnsmasqServer(folder, daemon, port);
            }
            catch (InvalidOperationException e) when (attempt < StartAttempts && e.Message.Contains("Address already in use", StringComparison.Ordinal))
            {
                folder.Dispose();
            }
            catch
            {
                folder.Dispose();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _daemon.DisposeAsync();
        _folder.Dispose();
    }

}
