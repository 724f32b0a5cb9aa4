using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Auth;

/// <summary>The client side of one SMTP AUTH exchange (RFC 4954): the command line, then the answer to each 334
/// challenge, until the final reply.</summary>
/// <remarks>
/// <para>Pure: no I/O. The session sends <see cref="Command"/>, and hands every reply to <see cref="Next"/> until it
/// returns <see cref="SaslFinished"/>. PLAIN and XOAUTH2 send their response with the command (RFC 4954 initial
/// response); LOGIN answers two prompts; CRAM-MD5 signs the server's challenge with HMAC-MD5 keyed by the password
/// (RFC 2195). A challenge that cannot be answered is cancelled with <c>*</c>.</para>
/// <para><see cref="SecretForms"/> lists every string that must never appear on screen, in history, a log or a report:
/// tests search for them, redaction can too. Not thread-safe.</para>
/// </remarks>
internal sealed class SaslClient
{
    private readonly SaslCredentials _credentials;
    private readonly HashSet<string> _secretForms;
    private int _challenges;
    private bool _cancelled;

    private SaslClient(SaslMechanism mechanism, SaslCredentials credentials)
    {
        Mechanism = mechanism;
        _credentials = credentials;
        _secretForms = [.. SaslSecrets.For(credentials)];
        var name = SaslMechanisms.WireName(mechanism);
        Command = mechanism switch
        {
            SaslMechanism.Plain => Secret($"AUTH {name} {SaslSecrets.PlainResponse(credentials)}", $"AUTH PLAIN with {credentials.User}'s user name and password, base64-encoded"),
            SaslMechanism.XOAuth2 => Secret($"AUTH {name} {SaslSecrets.XOAuth2Response(credentials)}", $"AUTH XOAUTH2 with {credentials.User}'s user name and token, base64-encoded"),
            _ => new SaslLine($"AUTH {name}", IsSecret: false, $"AUTH {name}: the server answers with a challenge"),
        };
    }

    /// <summary>The mechanism in use.</summary>
    public SaslMechanism Mechanism { get; }

    /// <summary>The first line to send: <c>AUTH MECHANISM [initial-response]</c>.</summary>
    public SaslLine Command { get; }

    /// <summary>True once the final reply has been seen.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>The password or token, and every form of it this exchange sent or could send (see <see cref="SaslSecrets.For"/>),
    /// the CRAM-MD5 answer included once computed.</summary>
    public IReadOnlyCollection<string> SecretForms => _secretForms;

    /// <summary>Starts an exchange. The credential kind must fit the mechanism: a token for XOAUTH2, a password otherwise.</summary>
    /// <exception cref="ArgumentException">The credential kind does not fit the mechanism.</exception>
    public static SaslClient Start(SaslMechanism mechanism, SaslCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var needed = mechanism == SaslMechanism.XOAuth2 ? SaslCredentialKind.BearerToken : SaslCredentialKind.Password;
        if (credentials.Kind != needed)
            throw new ArgumentException($"{SaslMechanisms.WireName(mechanism)} needs a {(needed == SaslCredentialKind.Password ? "password" : "bearer token")}", nameof(credentials));
        return new SaslClient(mechanism, credentials);
    }

    /// <summary>What to do after the server's reply <paramref name="code"/> with the text of its last line
    /// (after <c>334 </c>: the base64 challenge).</summary>
    /// <exception cref="InvalidOperationException">The exchange already finished.</exception>
    public SaslStep Next(int code, string text)
    {
        if (IsFinished) throw new InvalidOperationException("The AUTH exchange has finished.");
        text ??= "";
        if (code != 334)
        {
            IsFinished = true;
            var name = SaslMechanisms.WireName(Mechanism);
            var summary = code is >= 200 and < 300
                ? $"authenticated as {_credentials.User} with {name}"
                : _cancelled ? $"{name} authentication cancelled ({code.ToString(CultureInfo.InvariantCulture)})"
                : $"{name} authentication for {_credentials.User} refused ({code.ToString(CultureInfo.InvariantCulture)})";
            return new SaslFinished(code is >= 200 and < 300, code, summary);
        }

        _challenges++;
        if (_cancelled) return Cancel("the server sent another challenge after the cancel");
        return Mechanism switch
        {
            SaslMechanism.Login => Login(text),
            SaslMechanism.CramMd5 => CramMd5(text),
            SaslMechanism.XOAuth2 => XOAuth2Error(text),
            _ => Cancel($"PLAIN sent everything with the command, yet the server asks for more ({Shown(text)})"),
        };
    }

    private SaslStep Login(string challenge) => _challenges switch
    {
        1 => new SaslSend(Secret(Base64(_credentials.User), $"the user name {_credentials.User}, base64-encoded (the server asked {Shown(challenge)})")),
        2 => new SaslSend(Secret(Base64(_credentials.Secret), $"the password, base64-encoded (the server asked {Shown(challenge)})")),
        _ => Cancel($"LOGIN asks for a user name and a password only, yet a third challenge came ({Shown(challenge)})"),
    };

    private SaslStep CramMd5(string challenge)
    {
        if (_challenges > 1) return Cancel($"CRAM-MD5 has one challenge only, yet another came ({Shown(challenge)})");
        var bytes = new byte[challenge.Length];
        if (challenge.Trim().Length == 0 || !Convert.TryFromBase64String(challenge.Trim(), bytes, out var written))
            return Cancel($"the CRAM-MD5 challenge is not base64 ({Shown(challenge)}), so there is nothing to sign");

        var digest = Convert.ToHexStringLower(HMACMD5.HashData(Encoding.UTF8.GetBytes(_credentials.Secret), bytes.AsSpan(0, written)));
        var answer = Base64($"{_credentials.User} {digest}");
        _secretForms.Add(digest);
        _secretForms.Add(answer);
        return new SaslSend(Secret(answer, $"the user name {_credentials.User} and the HMAC-MD5 of the challenge {Shown(challenge)}, base64-encoded"));
    }

    // The server's 334 after XOAUTH2 carries a JSON error; the client sends an empty line and the final reply follows.
    private SaslStep XOAuth2Error(string challenge) => _challenges == 1
        ? new SaslSend(new SaslLine("", IsSecret: false, $"an empty line: the server reported an OAuth error {Shown(challenge)} and sends its final reply next"))
        : Cancel($"XOAUTH2 expects at most one error challenge, yet another came ({Shown(challenge)})");

    private SaslCancel Cancel(string why)
    {
        _cancelled = true;
        return new SaslCancel(new SaslLine("*", IsSecret: false, "* cancels the AUTH exchange (RFC 4954 §4)"), why);
    }

    private static SaslLine Secret(string text, string purpose) => new(text, IsSecret: true, purpose);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Shown(string challenge) =>
        AuthChallengeReader.Decode(challenge) is { } decoded ? $"\"{decoded}\"" : $"'{AuthChallengeReader.Visible(challenge.Trim())}', not base64";
}
