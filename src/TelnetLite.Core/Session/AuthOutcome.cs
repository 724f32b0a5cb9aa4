using TelnetLite.Core.Auth;

namespace TelnetLite.Core.Session;

/// <summary>How an AUTH exchange ended.</summary>
/// <param name="Mechanism">The mechanism used.</param>
/// <param name="Succeeded">True on 235.</param>
/// <param name="Code">The final reply's code; 0 when none came (closed, timed out).</param>
/// <param name="Summary">One line for the user: <c>authenticated as chris@contoso.com with LOGIN</c>, or why not. Never a secret.</param>
public sealed record AuthOutcome(SaslMechanism Mechanism, bool Succeeded, int Code, string Summary)
{
    internal static AuthOutcome Failed(SaslMechanism mechanism, string why) => new(mechanism, false, 0, $"{SaslMechanisms.WireName(mechanism)} authentication did not finish: {why}");
}
