namespace TelnetLite.Core.Auth;

/// <summary>The wire names of <see cref="SaslMechanism"/>, and the choice of the strongest one a server advertises.</summary>
internal static class SaslMechanisms
{
    // Strongest first. CRAM-MD5 keeps the password off the wire, which matters where TLS is absent or unverified;
    // PLAIN before LOGIN because it needs one round trip instead of three for the same secrecy.
    private static readonly SaslMechanism[] PasswordPreference = [SaslMechanism.CramMd5, SaslMechanism.Plain, SaslMechanism.Login];

    /// <summary>The names TelnetLite accepts, as typed after <c>auth</c> and <c>!auth</c>.</summary>
    public const string Accepted = "PLAIN, LOGIN, CRAM-MD5 or XOAUTH2";

    /// <summary>The name on the wire: <c>PLAIN</c>, <c>LOGIN</c>, <c>CRAM-MD5</c>, <c>XOAUTH2</c>.</summary>
    public static string WireName(SaslMechanism mechanism) => mechanism switch
    {
        SaslMechanism.Plain => "PLAIN",
        SaslMechanism.Login => "LOGIN",
        SaslMechanism.CramMd5 => "CRAM-MD5",
        SaslMechanism.XOAuth2 => "XOAUTH2",
        _ => throw new ArgumentOutOfRangeException(nameof(mechanism), mechanism, "not a SASL mechanism TelnetLite speaks"),
    };

    /// <summary>Reads a mechanism name in any case; <c>CRAMMD5</c> and <c>CRAM_MD5</c> pass for <c>CRAM-MD5</c>.</summary>
    public static bool TryParse(string? name, out SaslMechanism mechanism)
    {
        mechanism = default;
        var normalised = (name ?? "").Trim().ToUpperInvariant().Replace('_', '-');
        switch (normalised)
        {
            case "PLAIN": mechanism = SaslMechanism.Plain; return true;
            case "LOGIN": mechanism = SaslMechanism.Login; return true;
            case "CRAM-MD5" or "CRAMMD5": mechanism = SaslMechanism.CramMd5; return true;
            case "XOAUTH2": mechanism = SaslMechanism.XOAuth2; return true;
            default: return false;
        }
    }

    /// <summary>The strongest mechanism among <paramref name="advertised"/> (the EHLO reply's AUTH parameters) that
    /// works with the credential at hand, and why it was chosen or why none was.</summary>
    /// <param name="advertised">The mechanism names the server lists, in any case; empty when it lists no AUTH.</param>
    /// <param name="credential">Whether the user has a password or an OAuth bearer token.</param>
    public static SaslChoice Choose(IReadOnlyCollection<string> advertised, SaslCredentialKind credential)
    {
        ArgumentNullException.ThrowIfNull(advertised);
        var offered = advertised.Select(name => name.Trim().ToUpperInvariant()).Where(name => name.Length > 0).Distinct().ToList();
        var list = string.Join(' ', offered);
        if (offered.Count == 0)
            return new SaslChoice(null, "the server did not advertise AUTH: say EHLO first (after STARTTLS, EHLO again: many servers offer AUTH only over TLS)");

        if (credential == SaslCredentialKind.BearerToken)
        {
            return offered.Contains("XOAUTH2")
                ? new SaslChoice(SaslMechanism.XOAuth2, $"XOAUTH2, the mechanism for an OAuth token (the server offers {list})")
                : new SaslChoice(null, $"the server offers {list} but not XOAUTH2, so an OAuth token cannot be used here: authenticate with a password");
        }

        foreach (var mechanism in PasswordPreference)
        {
            if (!offered.Contains(WireName(mechanism))) continue;
            var why = mechanism switch
            {
                SaslMechanism.CramMd5 => "the password itself never crosses the wire, only an HMAC-MD5 of the server's challenge",
                SaslMechanism.Plain => "user name and password in one line (readable as base64: use it over TLS)",
                _ => "user name and password each after a prompt (readable as base64: use it over TLS)",
            };
            return new SaslChoice(mechanism, $"{WireName(mechanism)}, the strongest of {list} that TelnetLite speaks: {why}");
        }

        return new SaslChoice(null, offered.Contains("XOAUTH2") && offered.Count == 1
            ? "the server offers only XOAUTH2, which needs an OAuth token rather than a password: auth XOAUTH2 USER"
            : $"the server offers {list}, none of which TelnetLite speaks ({Accepted}); NTLM, GSSAPI and SCRAM need a dedicated client");
    }
}
