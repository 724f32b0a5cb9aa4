namespace TelnetLite.Core.Auth;

/// <summary>What the secret of <see cref="SaslCredentials"/> is.</summary>
internal enum SaslCredentialKind
{
    /// <summary>A password (PLAIN, LOGIN, CRAM-MD5).</summary>
    Password,

    /// <summary>An OAuth 2.0 access token (XOAUTH2).</summary>
    BearerToken,
}
