using System.Net;

namespace TelnetLite.Core.Commands;

/// <summary><c>set tls verify on|off</c>: whether an invalid server certificate stops the handshake (on, the default) or
/// the session goes on marked unverified (off, as <c>--insecure</c>).</summary>
internal sealed record TlsVerifyChange(bool On) : SettingChange;

/// <summary><c>set logsecrets on|off</c> / <c>unset logsecrets</c>: whether what is typed after AUTH is written to the log
/// in clear (on, for debugging) or as <c>******** (redacted)</c> (off, the default).</summary>
internal sealed record LogSecretsChange(bool On) : SettingChange;

/// <summary><c>set dns SERVER[:PORT]</c>, <c>set dns system</c> / <c>unset dns</c>: the DNS server for <c>mx</c> and
/// <c>open mx:</c>.</summary>
/// <param name="Server">The server, or null for the system's resolver.</param>
internal sealed record DnsServerChange(IPEndPoint? Server) : SettingChange;
