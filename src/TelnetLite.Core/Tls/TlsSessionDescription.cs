using System.Globalization;

namespace TelnetLite.Core.Tls;

/// <summary>What a TLS handshake established, or got as far as: protocol, cipher suite, the server's certificate and
/// chain, and whether (and why) the certificate is trusted.</summary>
/// <param name="Host">The name opened, sent as SNI and checked against the certificate.</param>
/// <param name="Protocol"><c>TLS 1.2</c> or <c>TLS 1.3</c>; null when the handshake did not finish.</param>
/// <param name="CipherSuite">The IANA name, e.g. <c>TLS_AES_256_GCM_SHA384</c>; null when the handshake did not finish.</param>
/// <param name="Certificate">The server's own certificate; null when it sent none (or the handshake failed before it).</param>
/// <param name="Chain">The chain as this machine built it, the server's certificate first.</param>
/// <param name="Problems">Why the certificate is not valid for this connection; empty when it is.</param>
/// <param name="TrustSource">For <see cref="TlsTrust.CaFile"/>, the file given; otherwise null.</param>
internal sealed record TlsSessionDescription(
    string Host,
    string? Protocol,
    string? CipherSuite,
    TlsCertificateInfo? Certificate,
    IReadOnlyList<TlsCertificateInfo> Chain,
    TlsTrust Trust,
    IReadOnlyList<TlsCertificateProblem> Problems,
    string? TrustSource = null)
{
    /// <summary>True when the certificate was checked and passed (system roots, <c>--cafile</c> or the pinned demo certificate).</summary>
    public bool Verified => Trust is TlsTrust.SystemRoots or TlsTrust.CaFile or TlsTrust.Pinned;

    /// <summary>For the status bar: <c>TLS 1.3</c>, or <c>TLS 1.3 unverified</c>.</summary>
    public string StatusText => (Protocol ?? "TLS") + (Verified ? "" : " unverified");

    /// <summary>The short form for the assist pane, <c>--annotate</c>'s <c># </c> lines and the log's <c>==</c> lines:
    /// protocol and cipher, the certificate in one line, and the verdict with its reasons.</summary>
    public IReadOnlyList<string> ShortLines()
    {
        var lines = new List<string>();
        if (Protocol is not null) lines.Add($"{Protocol}, cipher {CipherSuite}");
        if (Certificate is { } certificate)
        {
            var names = certificate.Names.Count > 0 ? string.Join(", ", certificate.Names) : "none (only the subject)";
            lines.Add($"certificate: {certificate.Subject}; issuer: {certificate.Issuer}; valid {Date(certificate.NotBefore)} to {Date(certificate.NotAfter)}; names: {names}");
        }

        lines.Add(Verdict());
        return lines;
    }

    /// <summary>The full form for the <c>certificate</c> command: the short form, then every certificate of the chain
    /// with its fingerprint and what the check said about it.</summary>
    public IReadOnlyList<string> FullLines()
    {
        var lines = new List<string>
        {
            Protocol is null ? "TLS handshake not completed" : $"{Protocol}, cipher {CipherSuite}",
            $"host opened (sent as SNI): {Host}",
            Verdict(),
        };
        var chain = Chain.Count > 0 ? Chain : Certificate is { } only ? [only] : [];
        if (chain.Count == 0) return [.. lines, "the server sent no certificate"];
        lines.Add(chain.Count == 1
            ? "chain: 1 certificate"
            : string.Create(CultureInfo.InvariantCulture, $"chain: {chain.Count} certificates, the server's first"));
        for (var i = 0; i < chain.Count; i++)
        {
            var element = chain[i];
            var number = string.Create(CultureInfo.InvariantCulture, $"[{i + 1}]");
            var pad = new string(' ', number.Length);
            lines.Add($"{number} subject: {element.Subject}");
            lines.Add($"{pad} issuer:  {element.Issuer}{(element.IsSelfIssued ? " (self-issued)" : "")}");
            lines.Add($"{pad} valid:   {Moment(element.NotBefore)} to {Moment(element.NotAfter)}");
            if (element.Names.Count > 0) lines.Add($"{pad} names:   {string.Join(", ", element.Names)}");
            lines.Add($"{pad} SHA-256: {Fingerprint(element.Sha256)}");
            lines.Add($"{pad} status:  {(element.Status.Count == 0 ? "ok" : string.Join("; ", element.Status))}");
        }

        return lines;
    }

    private string Verdict()
    {
        var reasons = string.Join("; ", Problems.Select(problem => problem.Text));
        return Trust switch
        {
            TlsTrust.SystemRoots => $"verified: valid for {Host} and issued by a certificate authority this machine trusts",
            TlsTrust.CaFile => $"verified: valid for {Host} and issued by a certificate authority from --cafile {TrustSource}",
            TlsTrust.Pinned => "verified: the demo server's own certificate, known to this TelnetLite by its fingerprint (other clients see it as self-signed)",
            TlsTrust.NotVerified => $"NOT verified, going on because verification is off: {reasons}",
            _ => $"not valid: {reasons}",
        };
    }

    private static string Date(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Moment(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    private static string Fingerprint(string hex) =>
        string.Join(':', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2)));
}
