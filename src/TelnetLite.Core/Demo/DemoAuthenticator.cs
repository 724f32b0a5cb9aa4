using System.Text;

namespace TelnetLite.Core.Demo;

/// <summary>Checks AUTH LOGIN and AUTH PLAIN responses against the one demo user (RFC 4954, RFC 4616).</summary>
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
}
