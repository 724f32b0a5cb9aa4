using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Session;

/// <summary>
/// The TLS side of a session: TLS from the first byte when connecting (<c>--tls</c>, port 465), and after STARTTLS
/// the moment the server's 220 arrives, before anything else is read or sent. What it negotiated, or why it failed,
/// is published as <see cref="TlsStartedEvent"/> / <see cref="TlsFailedEvent"/> and kept for <c>certificate</c>.
/// </summary>
internal sealed class SessionTls
{
    private readonly TelnetSession _session;
    private readonly Func<TlsClientOptions> _options;
    private volatile TlsSessionDescription? _current;
    private volatile TlsFailure? _failure;

    /// <param name="options">The options for the next handshake (verification, extra roots, the demo's pinned certificate).</param>
    public SessionTls(TelnetSession session, Func<TlsClientOptions> options)
    {
        _session = session;
        _options = options;
    }

    /// <summary>What the current connection's TLS established; null in clear text.</summary>
    public TlsSessionDescription? Current => _current;

    /// <summary>Why the last handshake failed; null when none has.</summary>
    public TlsFailure? LastFailure => _failure;

    /// <summary>A new connection starts in clear text.</summary>
    public void Reset()
    {
        _current = null;
        _failure = null;
    }

    /// <summary>The switch to give a connection that starts with TLS (implicit TLS, RFC 8314).</summary>
    public Func<Stream, CancellationToken, Task<Stream?>> Implicit(string host, int port)
    {
        Reset();
        return (stream, cancellationToken) => UpgradeAsync(stream, host, port, TlsUpgradeKind.Implicit, cancellationToken);
    }

    /// <summary>
    /// Arms the switch for a STARTTLS about to be sent: at the final line of its reply, 220 starts the handshake at
    /// once (what arrived after it in clear text is discarded and reported, RFC 3207 §6); anything else disarms it.
    /// </summary>
    public bool ArmStartTls(string host, int port) => _session.ArmStreamSwitch(
        StartTlsReply.Judge,
        (stream, cancellationToken) => UpgradeAsync(stream, host, port, TlsUpgradeKind.StartTls, cancellationToken),
        failed: exception => _session.Post(new TlsFailedEvent(_session.Now, exception.Message, [$"tls failed: {exception.Message}"])),
        discarded: count => _session.Post(new NoteEvent(_session.Now, NoteKind.Warning,
            $"{count} byte(s) arrived in clear text right after the 220 and were discarded: nothing may be injected ahead of TLS (RFC 3207 §6).")));

    private async Task<Stream?> UpgradeAsync(Stream stream, string host, int port, TlsUpgradeKind kind, CancellationToken cancellationToken)
    {
        var result = await TlsUpgrader.UpgradeAsync(stream, host, port, kind, _options(), cancellationToken).ConfigureAwait(false);
        switch (result)
        {
            case TlsUpgraded upgraded:
                var description = upgraded.Description;
                _current = description;
                _session.Post(new TlsStartedEvent(_session.Now, description.Protocol ?? "TLS", description.CipherSuite ?? "", description.Verified,
                    description.ShortLines()));
                return upgraded.Stream;
            case TlsUpgradeFailed failed:
                _failure = failed.Failure;
                _session.Post(new TlsFailedEvent(_session.Now, failed.Failure.Summary, failed.Failure.Lines()));
                return null;
            default:
                return null;
        }
    }
}
