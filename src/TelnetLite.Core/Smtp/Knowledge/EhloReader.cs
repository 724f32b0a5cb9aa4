namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Reads a successful EHLO reply: the capability summary and the next step the capabilities suggest.</summary>
internal static class EhloReader
{
    private const string Listed = "the server accepted your greeting and listed its capabilities: ";

    public static string Describe(ReplyFacts facts)
    {
        var capabilities = facts.EhloCapabilities;
        return capabilities.All.Count == 0
            ? "the server accepted your greeting; it listed no extensions"
            : SmtpCapabilityExplainer.Summarize(capabilities, Listed);
    }

    public static string NextStep(ReplyFacts facts)
    {
        var capabilities = facts.EhloCapabilities;
        var context = facts.Context;
        var mailFrom = NextSteps.MailFrom(facts);
        var authOffered = capabilities.Has("AUTH");
        if (!context.TlsActive && capabilities.Has("STARTTLS") && !authOffered)
        {
            // AUTH probably follows STARTTLS, which a hand-typed session cannot go through: name tools that can.
            var tls = $"AUTH is not advertised, it probably needs TLS first, which {TlsAdvice.CannotDoTls}: test it with {TlsAdvice.Tools(context.Port)}";
            return context.Port == 587 ? $"to authenticate: {tls}" : $"{mailFrom}; to authenticate: {tls}";
        }
        if (context.Port == 587 && authOffered && !context.Authenticated)
            return $"AUTH {NextSteps.PreferredAuthMechanism(capabilities)} (port 587 is for submission, which wants authentication), then {mailFrom}";
        return mailFrom;
    }
}
