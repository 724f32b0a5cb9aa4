using System.Text;

namespace TelnetLite.Core.Auth;

/// <summary>The strings a credential may take on its way to the server; none of them may ever appear on screen, in
/// history, in a log, a saved transcript or a report.</summary>
/// <remarks>
/// The secret in clear; its base64 as AUTH LOGIN sends it; the AUTH PLAIN and XOAUTH2 responses; and the base64 of the
/// secret as it appears inside any longer base64 text, at each of the three byte alignments (only the characters that
/// depend on the secret alone), so a search finds it whatever precedes it. The CRAM-MD5 answer depends on the
/// challenge: <see cref="SaslClient.SecretForms"/> adds it once computed.
/// </remarks>
internal static class SaslSecrets
{
    // Shorter fragments would match ordinary base64 text by chance.
    private const int ShortestFragment = 4;

    /// <summary>Every form of the secret of <paramref name="credentials"/> that TelnetLite's AUTH lines can carry.</summary>
    public static IReadOnlySet<string> For(SaslCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var secret = Encoding.UTF8.GetBytes(credentials.Secret);
        var forms = new HashSet<string>(StringComparer.Ordinal) { credentials.Secret, Convert.ToBase64String(secret) };
        if (credentials.Kind == SaslCredentialKind.Password)
        {
            forms.Add(PlainResponse(credentials));
            forms.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.User}\0{credentials.User}\0{credentials.Secret}")));
        }
        else
        {
            forms.Add(XOAuth2Response(credentials));
        }

        for (var shift = 0; shift < 3; shift++)
        {
            if (Fragment(secret, shift) is { Length: >= ShortestFragment } fragment) forms.Add(fragment);
        }

        forms.Remove("");
        return forms;
    }

    /// <summary>AUTH PLAIN's response (RFC 4616): base64 of <c>NUL user NUL password</c>, no authorisation identity.</summary>
    public static string PlainResponse(SaslCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{credentials.User}\0{credentials.Secret}"));
    }

    /// <summary>AUTH XOAUTH2's response: base64 of <c>user=USER^Aauth=Bearer TOKEN^A^A</c>.</summary>
    public static string XOAuth2Response(SaslCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"user={credentials.User}\u0001auth=Bearer {credentials.Secret}\u0001\u0001"));
    }

    // The base64 characters that encode only bits of the secret when `shift` bytes precede it.
    private static string Fragment(byte[] secret, int shift)
    {
        var padded = new byte[shift + secret.Length];
        secret.CopyTo(padded, shift);
        var encoded = Convert.ToBase64String(padded);
        var first = (shift * 8 + 5) / 6;
        var end = (shift + secret.Length) * 8 / 6;
        return end > first ? encoded[first..end] : "";
    }
}
