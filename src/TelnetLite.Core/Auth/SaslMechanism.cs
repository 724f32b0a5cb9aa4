namespace TelnetLite.Core.Auth;

/// <summary>The SASL mechanisms TelnetLite's <c>auth</c> helper speaks (RFC 4954 for SMTP AUTH).</summary>
public enum SaslMechanism
{
    /// <summary><c>PLAIN</c> (RFC 4616): user name and password in one base64 line, sent with the command.</summary>
    Plain,

    /// <summary><c>LOGIN</c> (draft-murchison-sasl-login): the user name, then the password, each after a 334 prompt.</summary>
    Login,

    /// <summary><c>CRAM-MD5</c> (RFC 2195): the user name and an HMAC-MD5 of the server's challenge; the password is not sent.</summary>
    CramMd5,

    /// <summary><c>XOAUTH2</c> (Google and Microsoft): the user name and an OAuth 2.0 bearer token.</summary>
    XOAuth2,
}
