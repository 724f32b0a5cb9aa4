namespace TelnetLite.Core.Tls;

/// <summary>A TLS alert record as it came over the wire (RFC 8446 §6): level 1 warning, 2 fatal; the description code.</summary>
internal readonly record struct TlsAlert(byte Level, byte Description);
