namespace TelnetLite.Core.Tls;

/// <summary>Why the session trusts, or does not trust, the server's certificate.</summary>
internal enum TlsTrust
{
    /// <summary>Valid for the name, and chains to a root this machine trusts.</summary>
    SystemRoots,

    /// <summary>Valid for the name, and chains to a root given with <c>--cafile</c>.</summary>
    CaFile,

    /// <summary>The exact certificate the session was told to expect: the demo server's own.</summary>
    Pinned,

    /// <summary>Not valid, but verification is off (<c>--insecure</c>, <c>set tls verify off</c>): the session goes on unverified.</summary>
    NotVerified,

    /// <summary>Not valid: the handshake was stopped.</summary>
    Rejected,
}
