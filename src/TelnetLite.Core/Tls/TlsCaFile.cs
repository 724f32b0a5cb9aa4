using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TelnetLite.Core.Tls;

/// <summary>Reads <c>--cafile FILE</c>: one or more root certificates in PEM (<c>-----BEGIN CERTIFICATE-----</c>) or one in DER.</summary>
internal static class TlsCaFile
{
    private const long MaxSize = 1024 * 1024;

    /// <summary>Loads the certificates; false with a message a person can act on when the file cannot serve.</summary>
    public static bool TryLoad(string path, out X509Certificate2Collection certificates, out string error)
    {
        certificates = [];
        error = "";
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) error = $"--cafile {path}: is a folder; give a PEM file with the CA certificate";
            else if (!info.Exists) error = $"--cafile {path}: no such file";
            else if (info.Length > MaxSize) error = $"--cafile {path}: larger than 1 MiB, so not a CA certificate file";
            if (error.Length > 0) return false;

            var bytes = File.ReadAllBytes(path);
            var text = System.Text.Encoding.ASCII.GetString(bytes);
            if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)) certificates.ImportFromPem(text);
            else certificates.Add(X509CertificateLoader.LoadCertificate(bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"--cafile {path}: cannot be read: {e.Message}";
            return false;
        }
        catch (CryptographicException)
        {
            error = $"--cafile {path}: holds no certificate TelnetLite can read; give the CA certificate in PEM (-----BEGIN CERTIFICATE-----) or DER";
            return false;
        }

        if (certificates.Count == 0)
        {
            error = $"--cafile {path}: holds no certificate; give the CA certificate in PEM (-----BEGIN CERTIFICATE-----)";
            return false;
        }

        return true;
    }
}
