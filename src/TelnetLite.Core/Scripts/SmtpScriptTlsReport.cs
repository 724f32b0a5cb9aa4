namespace TelnetLite.Core.Scripts;

/// <summary>The TLS of a scripted run as the JSON report writes it: what the last handshake established, or why it failed.</summary>
/// <param name="Protocol"><c>TLS 1.2</c> or <c>TLS 1.3</c>; null when the handshake failed.</param>
/// <param name="Cipher">The cipher suite's IANA name; null when the handshake failed.</param>
/// <param name="CertificateSubject">The server certificate's subject (<c>CN=mail1.fabrikam.com</c>); null when none was seen.</param>
/// <param name="Verified">True when the certificate was checked and passed (system roots, <c>--cafile</c>, the demo's own);
/// false with <c>--insecure</c> on an invalid one, and when the handshake failed.</param>
/// <param name="Failure">Why the handshake failed, in one sentence; null when it succeeded.</param>
public sealed record SmtpScriptTlsReport(string? Protocol, string? Cipher, string? CertificateSubject, bool Verified, string? Failure);
