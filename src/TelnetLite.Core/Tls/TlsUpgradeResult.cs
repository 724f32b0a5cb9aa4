using System.Net.Security;

namespace TelnetLite.Core.Tls;

/// <summary>How <see cref="TlsUpgrader.UpgradeAsync"/> ended: a TLS stream to use from now on, or a failure explained.</summary>
internal abstract record TlsUpgradeResult;

/// <summary>The handshake succeeded: read and write <paramref name="Stream"/> from now on.</summary>
/// <param name="Stream">The TLS stream over the connection. Disposing it does not close the connection: the caller keeps
/// owning the stream it passed in and closes it as before.</param>
/// <param name="Description">Protocol, cipher, certificate and trust, for the assist pane, the log and <c>certificate</c>.</param>
internal sealed record TlsUpgraded(SslStream Stream, TlsSessionDescription Description) : TlsUpgradeResult;

/// <summary>The handshake failed; the connection is unusable and should be closed.</summary>
internal sealed record TlsUpgradeFailed(TlsFailure Failure) : TlsUpgradeResult;
