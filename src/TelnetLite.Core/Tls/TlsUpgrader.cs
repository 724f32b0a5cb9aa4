using System.Net.Security;
using System.Security.Authentication;

namespace TelnetLite.Core.Tls;

/// <summary>Turns a connected stream into TLS as the client: after STARTTLS's 220, or at once for implicit TLS.</summary>
/// <remarks>
/// <para>TLS 1.2 or 1.3 only, SNI = the host opened, revocation not checked (no network beyond the server is needed).
/// The certificate is checked by <see cref="TlsCertificateCheck"/>: system roots, <c>--cafile</c> roots, or the pinned
/// demo certificate; with verification off an invalid one is accepted and described as unverified.</para>
/// <para>Never throws for a failed handshake: every failure is a <see cref="TlsUpgradeFailed"/> explained by
/// <see cref="TlsFailureExplainer"/>. Only cancellation by the caller throws.</para>
/// </remarks>
internal static class TlsUpgrader
{
    /// <summary>Runs the handshake on <paramref name="connection"/>, which must be positioned where TLS starts (nothing
    /// read ahead: for STARTTLS, any byte received after the 220 must be discarded first, RFC 3207 §6).</summary>
    /// <param name="host">The name opened: sent as SNI and checked against the certificate (an IP address is checked
    /// against the certificate's IP names, and sends no SNI).</param>
    /// <param name="port">The port, for the explanation of a failure.</param>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task<TlsUpgradeResult> UpgradeAsync(Stream connection, string host, int port, TlsUpgradeKind kind,
        TlsClientOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentNullException.ThrowIfNull(options);

        var recorder = new HandshakeRecordingStream(connection);
        var check = new TlsCertificateCheck(host, options);
        var tls = new SslStream(recorder, leaveInnerStreamOpen: true);
        var authentication = new SslClientAuthenticationOptions
        {
            TargetHost = host,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
            RemoteCertificateValidationCallback = check.Validate,
        };

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.HandshakeTimeout);
        Exception? error = null;
        try
        {
            await tls.AuthenticateAsClientAsync(authentication, deadline.Token).ConfigureAwait(false);
            recorder.StopRecording();
            var description = Describe(check, host, options) with
            {
                Protocol = TlsProtocolNames.Of(tls.SslProtocol),
                CipherSuite = tls.NegotiatedCipherSuite.ToString(),
            };
            return new TlsUpgraded(tls, description);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await tls.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            error = e;
        }

        var evidence = new TlsHandshakeEvidence(host, port, kind, recorder.Received.ToArray(), recorder.SawEndOfStream,
            TimedOut: deadline.IsCancellationRequested, options.HandshakeTimeout, error, check.Checked ? Describe(check, host, options) : null);
        await tls.DisposeAsync().ConfigureAwait(false);
        return new TlsUpgradeFailed(TlsFailureExplainer.Explain(evidence));
    }

    private static TlsSessionDescription Describe(TlsCertificateCheck check, string host, TlsClientOptions options) =>
        new(host, null, null, check.Certificate, check.Chain, check.Trust, check.Problems,
            check.Trust == TlsTrust.CaFile ? options.TrustedRootsSource ?? "FILE" : null);
}
