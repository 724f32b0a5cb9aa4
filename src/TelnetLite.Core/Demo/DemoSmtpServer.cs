using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace TelnetLite.Core.Demo;

/// <summary>A small SMTP server on 127.0.0.1 that answers exactly as the seed's Exchange 2007 server
/// mail1.fabrikam.com, for <c>telnetlite --demo</c>, <c>serve-demo</c> and the tests.</summary>
/// <remarks>
/// <para>It accepts the seed's lines as typed, without angle brackets, and reproduces every failure row of the
/// seed on purpose (see <see cref="DemoServerInfo.WelcomeText"/>). It offers PIPELINING, DSN,
/// ENHANCEDSTATUSCODES, STARTTLS (a self-signed certificate made at start), AUTH LOGIN, PLAIN and CRAM-MD5 with the demo
/// credentials, 8BITMIME, BINARYMIME and CHUNKING; with <see cref="DemoServerOptions.ImplicitTls"/> it speaks TLS from the
/// first byte instead of offering STARTTLS, and writes every accepted message as an .eml file to
/// <see cref="MailboxDirectory"/>. Nothing is relayed anywhere.</para>
/// <para>Life cycle: <see cref="StartAsync"/> once, then <see cref="StopAsync"/> or <see cref="DisposeAsync"/>,
/// which close the listener and every client and wait for all of their tasks. The accept loop never throws:
/// a failing client only ends its own session.</para>
/// </remarks>
public sealed class DemoSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _sessions = new();
    private readonly CancellationTokenSource _stopping = new();
    private TcpListener? _listener;
    private Task? _acceptLoop;
    private X509Certificate2? _certificate;
    private string? _certificateSha256;
    private DemoSessionContext? _context;
    private IPEndPoint? _endPoint;
    private string? _mailboxDirectory;
    private int _state; // 0 new, 1 started, 2 stopped
    private int _connections;

    /// <summary>Prepares a server; nothing is bound until <see cref="StartAsync"/>.</summary>
    public DemoSmtpServer(DemoServerOptions? options = null)
    {
        Options = options ?? new DemoServerOptions();
        if (Options.Port is < 0 or > IPEndPoint.MaxPort) throw new ArgumentOutOfRangeException(nameof(options), "The port must be 0 to 65535.");
    }

    /// <summary>The options the server was made with.</summary>
    public DemoServerOptions Options { get; }

    /// <summary>Where the server listens (127.0.0.1 and the bound port). Throws before <see cref="StartAsync"/>.</summary>
    public IPEndPoint EndPoint => _endPoint ?? throw new InvalidOperationException("The demo server has not been started.");

    /// <summary>The folder that receives one .eml file per accepted message. Throws before <see cref="StartAsync"/>.</summary>
    /// <remarks>A folder given in <see cref="DemoServerOptions.MailboxDirectory"/> exists from the start; the default one
    /// under the temp folder is only named at start and made when the first message is accepted, so a session that
    /// sends nothing leaves nothing behind.</remarks>
    public string MailboxDirectory => _mailboxDirectory ?? throw new InvalidOperationException("The demo server has not been started.");

    /// <summary>The self-signed certificate STARTTLS (or the implicit-TLS listener) presents. Throws before <see cref="StartAsync"/>.</summary>
    public X509Certificate2 Certificate => _certificate ?? throw new InvalidOperationException("The demo server has not been started.");

    /// <summary>The SHA-256 fingerprint of <see cref="Certificate"/>, upper-case hex: what TelnetLite's own <c>--demo</c>
    /// sessions pin, so they trust exactly this certificate while other clients see it as self-signed. Throws before
    /// <see cref="StartAsync"/>.</summary>
    /// <remarks>A string, not the certificate: it stays valid after the server stops and carries no private key.</remarks>
    public string CertificateSha256 => _certificateSha256 ?? throw new InvalidOperationException("The demo server has not been started.");

    /// <summary>The welcome note for this running server: what to type, the credentials and where mail goes.</summary>
    public string WelcomeText =>
        DemoServerInfo.WelcomeText(EndPoint, MailboxDirectory, Options.RequireAuth, Options.UserName, Options.Password, Options.ImplicitTls);

    /// <summary>Creates the mailbox folder given in the options and the certificate, binds 127.0.0.1 and starts accepting clients.</summary>
    /// <remarks>The default mailbox folder is not created here but with the first accepted message (see <see cref="MailboxDirectory"/>).</remarks>
    /// <exception cref="InvalidOperationException">The server was already started.</exception>
    /// <exception cref="SocketException">The port is in use.</exception>
    /// <exception cref="IOException">The mailbox folder given in the options cannot be created.</exception>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0) throw new InvalidOperationException("The demo server can be started only once.");

        try
        {
            var clock = Options.Clock ?? TimeProvider.System;
            _mailboxDirectory = Path.GetFullPath(Options.MailboxDirectory ?? NewMailboxPath(clock));
            // A folder the user chose is made now, so a bad path fails before anyone connects; the default one waits
            // for the first message (DemoMailbox makes it), or every demo that sends nothing would leave an empty folder.
            if (Options.MailboxDirectory is not null) Directory.CreateDirectory(_mailboxDirectory);
            _certificate = DemoCertificate.Create(DemoServerInfo.HostName, clock.GetUtcNow());
            _certificateSha256 = _certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);
            _context = new DemoSessionContext(Options, clock, _certificate, new DemoMailbox(_mailboxDirectory, clock),
                new DemoAuthenticator(Options.UserName, Options.Password));
            _listener = new TcpListener(IPAddress.Loopback, Options.Port);
            _listener.Start();
            _endPoint = (IPEndPoint)_listener.LocalEndpoint;
        }
        catch
        {
            // A server that failed to start counts as stopped: nothing to stop later, and it cannot be retried.
            _state = 2;
            _listener?.Dispose();
            _certificate?.Dispose();
            _stopping.Dispose();
            throw;
        }

        _acceptLoop = Task.Run(() => AcceptLoopAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Stops listening, disconnects every client and waits until all their tasks have ended.</summary>
    /// <remarks>Safe to call more than once and before <see cref="StartAsync"/>. The mailbox folder is kept.</remarks>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var previous = Interlocked.Exchange(ref _state, 2);
        if (previous != 1) return;

        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener!.Stop();
        await _acceptLoop!.WaitAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(_sessions.Keys).WaitAsync(cancellationToken).ConfigureAwait(false);
        _listener.Dispose();
        _certificate!.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Same as <see cref="StopAsync"/>.</summary>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private static string NewMailboxPath(TimeProvider clock) =>
        Path.Combine(Path.GetTempPath(), $"telnetlite-demo-{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..8]}");

    private async Task AcceptLoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener!.AcceptSocketAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                break;
            }
            catch (SocketException)
            {
                // A client that gave up between connecting and being accepted; the listener itself is fine.
                continue;
            }

            var session = Task.Run(() => ServeAsync(socket, stopping), CancellationToken.None);
            _sessions.TryAdd(session, 0);
            _ = session.ContinueWith(finished => _sessions.TryRemove(finished, out _), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(Socket socket, CancellationToken stopping)
    {
        var count = Interlocked.Increment(ref _connections);
        try
        {
            socket.NoDelay = true;
            if (count > Options.MaxConnections)
            {
                using var grace = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                grace.CancelAfter(TimeSpan.FromSeconds(2));
                await socket.SendAsync(Encoding.ASCII.GetBytes(DemoReplies.TooManyConnections + "\r\n"), SocketFlags.None, grace.Token).ConfigureAwait(false);
                return;
            }

            await new DemoSmtpSession(socket, _context!, stopping).RunAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // One client's failure, whatever it is, must not reach the accept loop or the host.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            socket.Dispose();
            Interlocked.Decrement(ref _connections);
        }
    }
}
