using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TelnetLite.Core.Demo;

/// <summary>Checks AUTH LOGIN, AUTH PLAIN and AUTH CRAM-MD5 responses against the one demo user (RFC 4954, RFC 4616, RFC 2195).</summary>
internal sealed class DemoAuthenticator(string userName, string password)
{
    /// <summary>Decodes one client response; "*" cancels (RFC 4954 section 4) and "=" is an empty response.</summary>
    public static DemoAuthResult TryDecode(string response, out string decoded)
    {
        decoded = "";
        var trimmed = response.Trim();
        if (trimmed == "*") return DemoAuthResult.Cancelled;
        if (trimmed == "=") return DemoAuthResult.Succeeded;
        var bytes = new byte[trimmed.Length];
        if (!Convert.TryFromBase64String(trimmed, bytes, out var written)) return DemoAuthResult.NotBase64;
        decoded = Encoding.UTF8.GetString(bytes, 0, written);
        return DemoAuthResult.Succeeded;
    }

    /// <summary>Checks an AUTH PLAIN message, <c>authzid NUL authcid NUL passwd</c>, already decoded.</summary>
    public DemoAuthResult CheckPlain(string message)
    {
        var parts = message.Split('\0');
        if (parts.Length != 3) return DemoAuthResult.Failed;
        var authorisedAs = parts[0];
        if (authorisedAs.Length > 0 && !authorisedAs.Equals(parts[1], StringComparison.OrdinalIgnoreCase)) return DemoAuthResult.Failed;
        return Check(parts[1], parts[2]);
    }

    /// <summary>Checks a user name and password, the user without regard to case.</summary>
    public DemoAuthResult Check(string user, string secret) =>
        user.Equals(userName, StringComparison.OrdinalIgnoreCase) && secret == password
            ? DemoAuthResult.Succeeded
            : DemoAuthResult.Failed;

    /// <summary>A fresh CRAM-MD5 challenge in RFC 2195's form, <c>&lt;random.timestamp@mail1.fabrikam.com&gt;</c>: never the same twice.</summary>
    public static string NewCramChallenge(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"<{RandomNumberGenerator.GetInt32(int.MaxValue)}.{now.ToUnixTimeSeconds()}@{DemoServerInfo.HostName}>");

    /// <summary>Checks a CRAM-MD5 answer, <c>user SP digest</c> already decoded, the digest being the lower-case hex
    /// HMAC-MD5 of <paramref name="challenge"/> keyed with the password (RFC 2195).</summary>
    public DemoAuthResult CheckCramMd5(string challenge, string answer)
    {
        var space = answer.LastIndexOf(' ');
        if (space <= 0) return DemoAuthResult.Failed;
        var expected = HMACMD5.HashData(Encoding.UTF8.GetBytes(password), Encoding.ASCII.GetBytes(challenge));
        var given = answer[(space + 1)..];
        var matches = given.Length == expected.Length * 2
            && given.All(char.IsAsciiHexDigit)
            && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(given), expected);
        return matches && answer[..space].Equals(userName, StringComparison.OrdinalIgnoreCase) ? DemoAuthResult.Succeeded : DemoAuthResult.Failed;
    }
}
