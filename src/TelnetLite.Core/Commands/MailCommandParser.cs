using TelnetLite.Core.Auth;
using TelnetLite.Core.Mx;

namespace TelnetLite.Core.Commands;

/// <summary>Reads the arguments of <c>auth</c> and <c>mx</c>.</summary>
internal static class MailCommandParser
{
    private const string AuthUsage = "Usage: auth [MECHANISM] [USER], MECHANISM being " + SaslMechanisms.Accepted;

    /// <summary><c>auth</c>, <c>auth MECHANISM</c>, <c>auth MECHANISM USER</c>; a lone word with <c>@</c> is taken as the user.</summary>
    public static CommandRequest ParseAuth(string arguments)
    {
        var words = CommandLineText.Words(arguments);
        if (words.Count > 2) return new InvalidRequest($"Too many arguments: the password is asked for, never typed here. {AuthUsage}");
        if (words.Count == 0) return new AuthRequest(null, null);
        if (words.Any(CommandLineText.HasControlCharacter)) return new InvalidRequest("Bad argument: it contains control characters");
        if (SaslMechanisms.TryParse(words[0], out var mechanism)) return new AuthRequest(mechanism, words.Count == 2 ? words[1] : null);
        if (words.Count == 1 && words[0].Contains('@')) return new AuthRequest(null, words[0]);
        return new InvalidRequest($"Unknown mechanism '{words[0]}': give {SaslMechanisms.Accepted}, or nothing for the strongest the server offers");
    }

    /// <summary><c>mx DOMAIN</c>.</summary>
    public static CommandRequest ParseMx(string arguments)
    {
        var words = CommandLineText.Words(arguments);
        if (words.Count != 1) return new InvalidRequest("Usage: mx DOMAIN (e.g. mx fabrikam.com)");
        return MailDomain.TryNormalise(words[0], out var domain, out var error)
            ? new MxRequest(domain)
            : new InvalidRequest($"Bad domain '{words[0]}': {error}");
    }
}
