namespace TelnetLite.Core.Tests.Postfix;

/// <summary>Where a private Postfix finds its TLS certificate (with its chain) and key, as PEM files.</summary>
internal sealed record PostfixTlsFiles(string CertificateFile, string KeyFile);
