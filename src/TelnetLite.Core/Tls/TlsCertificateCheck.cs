using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TelnetLite.Core.Tls;

/// <summary>Decides, inside the handshake, whether the server's certificate is trusted, and keeps what it saw and why.</summary>
/// <remarks>
/// The platform's own check runs first (chain to the system's roots, name against SNI). A certificate with the
/// pinned fingerprint is trusted whatever that check says; a chain that fails is built again against the
/// <c>--cafile</c> roots; what still fails stops the handshake unless verification is off. One instance per handshake.
/// </remarks>
internal sealed class TlsCertificateCheck(string host, TlsClientOptions options)
{
    /// <summary>What was decided; <see cref="TlsTrust.Rejected"/> until a certificate was checked.</summary>
    public TlsTrust Trust { get; private set; } = TlsTrust.Rejected;

    /// <summary>The server's certificate, once seen.</summary>
    public TlsCertificateInfo? Certificate { get; private set; }

    /// <summary>The chain as built, the server's certificate first.</summary>
    public IReadOnlyList<TlsCertificateInfo> Chain { get; private set; } = [];

    /// <summary>Why the certificate is not valid; empty when it is (or was pinned).</summary>
    public IReadOnlyList<TlsCertificateProblem> Problems { get; private set; } = [];

    /// <summary>True once the callback ran, so a failure after it is not a certificate failure unless <see cref="Trust"/> says so.</summary>
    public bool Checked { get; private set; }

    /// <summary>The <see cref="RemoteCertificateValidationCallback"/>: true lets the handshake go on.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        Checked = true;
        var now = options.Clock.GetUtcNow();
        if (certificate is null)
        {
            Problems = [new TlsCertificateProblem(TlsCertificateProblemKind.NoCertificate, "the server sent no certificate")];
            return Decide(TlsTrust.NotVerified);
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        Chain = Describe(chain, leaf);
        Certificate = Chain[0];
        if (options.PinnedCertificateSha256 is { } pin && pin.Equals(leaf.GetCertHashString(HashAlgorithmName.SHA256), StringComparison.OrdinalIgnoreCase))
            return Decide(TlsTrust.Pinned);

        var problems = new List<TlsCertificateProblem>();
        var chainFailed = (errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0;
        var trust = TlsTrust.SystemRoots;
        IReadOnlyList<TlsCertificateProblem>? caFileProblems = null;
        if (chainFailed && options.TrustedRoots is { Count: > 0 } roots)
        {
            if (TryChainTo(roots, leaf, chain, now, out var rebuilt, out var rebuiltProblems))
            {
                Chain = rebuilt;
                chainFailed = false;
                trust = TlsTrust.CaFile;
            }
            else if (!rebuiltProblems.Any(p => p.Kind is TlsCertificateProblemKind.UntrustedRoot or TlsCertificateProblemKind.IncompleteChain))
            {
                // The --cafile CA vouches for it, and something else is wrong (it expired): that is the reason, not the
                // system's ignorance of the lab CA.
                Chain = rebuilt;
                caFileProblems = rebuiltProblems;
            }
        }

        if (chainFailed) problems.AddRange(caFileProblems ?? [.. ChainProblems(chain, now)]);
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            var names = Certificate.Names.Count > 0 ? string.Join(", ", Certificate.Names) : Certificate.Subject;
            problems.Insert(0, new TlsCertificateProblem(TlsCertificateProblemKind.NameMismatch, $"it is for {names}, not for {host}, the name you opened"));
        }

        Problems = [.. problems.DistinctBy(problem => problem.Text)];
        return Decide(Problems.Count == 0 ? trust : TlsTrust.NotVerified);
    }

    private bool Decide(TlsTrust trust)
    {
        if (trust == TlsTrust.Pinned) Problems = [];
        Trust = trust == TlsTrust.NotVerified && options.Verify ? TlsTrust.Rejected : trust;
        return Trust != TlsTrust.Rejected;
    }

    private static IReadOnlyList<TlsCertificateInfo> Describe(X509Chain? chain, X509Certificate2 leaf)
    {
        if (chain is null || chain.ChainElements.Count == 0) return [TlsCertificateInfo.From(leaf)];
        return [.. chain.ChainElements.Select(element => TlsCertificateInfo.From(element.Certificate,
            [.. element.ChainElementStatus.Where(status => status.Status != X509ChainStatusFlags.NoError).Select(StatusText)]))];
    }

    // A second build that trusts only the --cafile roots, with the intermediates the server sent.
    private bool TryChainTo(X509Certificate2Collection roots, X509Certificate2 leaf, X509Chain? original, DateTimeOffset now,
        out IReadOnlyList<TlsCertificateInfo> rebuilt, out IReadOnlyList<TlsCertificateProblem> problems)
    {
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(roots);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.VerificationTime = options.Clock.GetUtcNow().UtcDateTime;
        if (original is not null) custom.ChainPolicy.ExtraStore.AddRange(original.ChainPolicy.ExtraStore);
        var built = custom.Build(leaf);
        rebuilt = Describe(custom, leaf);
        problems = built ? [] : [.. ChainProblems(custom, now)];
        return built;
    }

    private IEnumerable<TlsCertificateProblem> ChainProblems(X509Chain? chain, DateTimeOffset now)
    {
        if (chain is null || chain.ChainElements.Count == 0)
        {
            yield return new TlsCertificateProblem(TlsCertificateProblemKind.Other, "its chain could not be checked");
            yield break;
        }

        var elements = chain.ChainElements;
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var which = i == 0 ? "it" : $"the issuing certificate {element.Certificate.Subject}";
            foreach (var status in element.ChainElementStatus)
            {
                if (Problem(status.Status, element.Certificate, which, i == 0 && elements.Count == 1, now) is { } problem) yield return problem;
            }
        }

        // Linux reports an incomplete chain on the chain, not always on an element.
        foreach (var status in chain.ChainStatus.Where(s => s.Status == X509ChainStatusFlags.PartialChain))
        {
            yield return Problem(status.Status, elements[^1].Certificate, "it", false, now)!;
        }
    }

    private TlsCertificateProblem? Problem(X509ChainStatusFlags flag, X509Certificate2 certificate, string which, bool alone, DateTimeOffset now)
    {
        var cafile = options.TrustedRootsSource is { } source ? $" (nor by the CA of --cafile {source})" : "";
        switch (flag)
        {
            case X509ChainStatusFlags.NoError:
                return null;
            case X509ChainStatusFlags.NotTimeValid when certificate.NotAfter.ToUniversalTime() < now.UtcDateTime:
                var ago = (now.UtcDateTime - certificate.NotAfter.ToUniversalTime()).TotalDays;
                return new(TlsCertificateProblemKind.Expired, $"{which} expired on {Date(certificate.NotAfter)} ({Days(ago)} ago)");
            case X509ChainStatusFlags.NotTimeValid:
                return new(TlsCertificateProblemKind.NotYetValid, $"{which} is valid only from {Date(certificate.NotBefore)}: not yet, or this machine's clock is wrong");
            case X509ChainStatusFlags.UntrustedRoot when alone && certificate.Subject == certificate.Issuer:
                return new(TlsCertificateProblemKind.UntrustedRoot, $"it is self-signed ({certificate.Subject}): no certificate authority vouches for it{cafile}");
            case X509ChainStatusFlags.UntrustedRoot:
                return new(TlsCertificateProblemKind.UntrustedRoot, $"it was issued by {certificate.Subject}, a certificate authority this machine does not trust{cafile}");
            case X509ChainStatusFlags.PartialChain:
                return new(TlsCertificateProblemKind.IncompleteChain,
                    $"{(certificate.Subject == Certificate?.Subject ? "it" : certificate.Subject)} was issued by {certificate.Issuer}, which this machine does not know: a private certificate authority, or an intermediate certificate the server did not send{cafile}");
            case X509ChainStatusFlags.Revoked:
                return new(TlsCertificateProblemKind.Revoked, $"{which} was revoked by its issuer");
            case X509ChainStatusFlags.NotSignatureValid:
                return new(TlsCertificateProblemKind.Other, $"the signature on {(which == "it" ? "it" : which)} is not valid (a damaged or forged certificate)");
            case X509ChainStatusFlags.NotValidForUsage:
                return new(TlsCertificateProblemKind.Other, $"{which} is not meant for a TLS server (its key usage says otherwise)");
            default:
                return new(TlsCertificateProblemKind.Other, $"{which}: {flag}");
        }
    }

    private static string StatusText(X509ChainStatus status) => status.Status switch
    {
        X509ChainStatusFlags.NotTimeValid => "outside its validity period",
        X509ChainStatusFlags.UntrustedRoot => "root not trusted here",
        X509ChainStatusFlags.PartialChain => "issuer not found",
        X509ChainStatusFlags.Revoked => "revoked",
        X509ChainStatusFlags.NotSignatureValid => "bad signature",
        var other => other.ToString(),
    };

    private static string Date(DateTime moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Days(double days) => days < 1 ? "less than a day" : days < 2 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(days):0} days");
}
