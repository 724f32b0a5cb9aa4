namespace TelnetLite.Core.Auth;

/// <summary>One line the AUTH exchange sends (without CR LF), and what it carries.</summary>
/// <param name="Text">The line to send.</param>
/// <param name="IsSecret">True when it carries a credential: send it as a secret line (never echoed, kept in history
/// or logged; logs write <c>******** (redacted)</c>, or <c>AUTH PLAIN ******** (redacted)</c> for an initial response).</param>
/// <param name="Purpose">What the line is, for the transcript beside the redacted text, e.g.
/// <c>the password, base64-encoded</c>; never contains a secret.</param>
/// <remarks><see cref="ToString"/> shows <see cref="Purpose"/> only for a secret line.</remarks>
internal sealed record SaslLine(string Text, bool IsSecret, string Purpose)
{
    /// <inheritdoc />
    public override string ToString() => IsSecret ? $"******** ({Purpose})" : Text;
}
