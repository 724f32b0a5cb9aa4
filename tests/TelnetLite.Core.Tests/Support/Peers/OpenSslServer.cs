using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary><c>openssl s_server</c> on a free loopback port for one connection, with the certificate a test made and
/// the protocol and cipher options given: a real TLS implementation that can be set up to share nothing with a client.</summary>
internal sealed class OpenSslServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private readonly TemporaryFolder _folder;
    private readonly PeerDaemon _daemon;

    private OpenSslServer(TemporaryFolder folder, PeerDaemon daemon, int port)
    {
        _folder = folder;
        _daemon = daemon;
        Port = port;
    }

    public int Port { get; }

    /// <param name="options">s_server's protocol and cipher options, e.g. <c>-tls1_1 -cipher DEFAULT:@SECLEVEL=0</c>.</param>
    public static async Task<OpenSslServer> StartAsync(X509Certificate2 certificate, params string[] options)
    {
        PeerRequirements.OpenSsl.EnsureAvailable();
        for (var attempt = 1; ; attempt++)
        {
            var folder = new TemporaryFolder();
            TestCertificates.WritePem(certificate, folder.File("cert.pem"), folder.File("key.pem"));
            var port = FreePorts.Tcp();
            try
            {
                var daemon = await PeerDaemon.StartAsync(PeerRequirements.OpenSslProgram,
                [
                    "s_server", "-accept", $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}", "-naccept", "1",
                    "-cert", folder.File("cert.pem"), "-key", folder.File("key.pem"), .. options,
                ], "ACCEPT", keepInputOpen: true);
                return new OpenSslServer(folder, daemon, port);
            }
            catch (InvalidOperationException e) when (attempt < StartAttempts && e.Message.Contains("in use", StringComparison.OrdinalIgnoreCase))
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
