using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace TelnetLite.Core.Tests.Support.Peers;

/// <summary>A real aiosmtpd (Debian's python3-aiosmtpd under /usr/bin/python3) on a free loopback port, set up as the
/// recipe in /work/shared/docs/peers.md: STARTTLS required before anything else, AUTH LOGIN and PLAIN only over TLS,
/// one user, a certificate the test made; each accepted message saved as an .eml file. Stopped (killed) when disposed.</summary>
internal sealed class AiosmtpdServer : IAsyncDisposable
{
    /// <summary>The name it greets with, and the name on its certificate.</summary>
    public const string HostName = "mail1.fabrikam.test";

    private const int StartAttempts = 3;

    // The script the test writes: a small config in, "ready PORT" out. Kept here so that the test owns every line the peer runs.
    private const string Script = """
        import json, os, sys, ssl, threading
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        with open(sys.argv[1], encoding="utf-8") as f:
            config = json.load(f)

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                count = len(os.listdir(config["mailbox"]))
                with open(os.path.join(config["mailbox"], "%04d.eml" % (count + 1)), "wb") as message:
                    message.write(envelope.original_content or envelope.content)
                return "250 2.0.0 OK: queued"

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and auth_data.login == config["user"].encode("utf-8")
                  and auth_data.password == config["password"].encode("utf-8"))
            # handled=False lets aiosmtpd answer a refusal itself (535 5.7.8); its default, True, would answer nothing at all.
            return AuthResult(success=ok, handled=False)

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(config["cert"], config["key"])
        if config["implicit"]:
            # TLS from the first byte (as on port 465). aiosmtpd counts only STARTTLS as TLS for auth_require_tls, so
            # it is off here: every byte is encrypted anyway.
            controller = Controller(Handler(), hostname="127.0.0.1", port=config["port"], ssl_context=context,
                                    auth_require_tls=False, authenticator=authenticator, server_hostname=config["hostname"])
        else:
            controller = Controller(Handler(), hostname="127.0.0.1", port=config["port"], tls_context=context,
                                    require_starttls=True, auth_require_tls=True, authenticator=authenticator,
                                    server_hostname=config["hostname"])
        controller.start()
        print("ready %d" % config["port"], flush=True)
        threading.Event().wait()
        """;

    private readonly TemporaryFolder _folder;
    private readonly PeerDaemon _daemon;

    private AiosmtpdServer(TemporaryFolder folder, PeerDaemon daemon, int port)
    {
        _folder = folder;
        _daemon = daemon;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The messages it accepted, oldest first.</summary>
    public IReadOnlyList<string> Messages =>
        [.. Directory.GetFiles(Path.Combine(_folder.Path, "mailbox"), "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>Starts it with <paramref name="certificate"/> (with its key; <paramref name="chain"/> is sent after it) and the one user it accepts.</summary>
    public static Task<AiosmtpdServer> StartAsync(X509Certificate2 certificate, string user, string password, params X509Certificate2[] chain) =>
        StartAsync(implicitTls: false, certificate, user, password, chain);

    /// <summary>Starts it speaking TLS from the first byte (implicit TLS, RFC 8314) instead of offering STARTTLS; AUTH LOGIN
    /// and PLAIN are offered at once.</summary>
    public static Task<AiosmtpdServer> StartImplicitTlsAsync(X509Certificate2 certificate, string user, string password) =>
        StartAsync(implicitTls: true, certificate, user, password, []);

    private static async Task<AiosmtpdServer> StartAsync(bool implicitTls, X509Certificate2 certificate, string user, string password, X509Certificate2[] chain)
    {
        PeerRequirements.Aiosmtpd.EnsureAvailable();
        for (var attempt = 1; ; attempt++)
        {
            var folder = new TemporaryFolder();
            var port = FreePorts.Tcp();
            Directory.CreateDirectory(folder.File("mailbox"));
            TestCertificates.WritePem(certificate, folder.File("cert.pem"), folder.File("key.pem"), chain);
            await File.WriteAllTextAsync(folder.File("peer.py"), Script);
            await File.WriteAllTextAsync(folder.File("config.json"), JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["port"] = port, ["cert"] = folder.File("cert.pem"), ["key"] = folder.File("key.pem"), ["user"] = user,
                ["password"] = password, ["mailbox"] = folder.File("mailbox"), ["hostname"] = HostName,
                ["implicit"] = implicitTls,
            }));
            try
            {
                var daemon = await PeerDaemon.StartAsync(PeerRequirements.SystemPython, [folder.File("peer.py"), folder.File("config.json")],
                    "ready " + port.ToString(CultureInfo.InvariantCulture));
                return new AiosmtpdServer(folder, daemon, port);
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
