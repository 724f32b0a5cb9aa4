namespace TelnetLite.Core.Auth;

/// <summary>Who authenticates and with what secret.</summary>
/// <param name="User">The user name (authentication identity), sent as typed in UTF-8.</param>
/// <param name="Secret">The password or the bearer token.</param>
/// <param name="Kind">Whether <paramref name="Secret"/> is a password or a token.</param>
/// <remarks><see cref="ToString"/> never shows the secret, so a credential logged or shown by mistake gives nothing away.</remarks>
internal sealed record SaslCredentials(string User, string Secret, SaslCredentialKind Kind = SaslCredentialKind.Password)
{
    /// <inheritdoc />
    public override string ToString() => $"SaslCredentials {{ User = {User}, Secret = ********, Kind = {Kind} }}";
}
