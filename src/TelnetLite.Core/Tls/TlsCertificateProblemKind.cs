namespace TelnetLite.Core.Tls;

/// <summary>Why a certificate is not valid for this connection.</summary>
internal enum TlsCertificateProblemKind
{
    /// <summary>None of its names is the host that was opened.</summary>
    NameMismatch,

    /// <summary>Its end date has passed.</summary>
    Expired,

    /// <summary>Its start date has not come yet (or this machine's clock is wrong).</summary>
    NotYetValid,

    /// <summary>It is self-signed, or chains to a root this machine does not trust.</summary>
    UntrustedRoot,

    /// <summary>The chain to a root could not be completed (a missing intermediate).</summary>
    IncompleteChain,

    /// <summary>Its issuer revoked it.</summary>
    Revoked,

    /// <summary>The server sent no certificate.</summary>
    NoCertificate,

    /// <summary>Anything else the chain check reports (a bad signature, a wrong usage...).</summary>
    Other,
}
