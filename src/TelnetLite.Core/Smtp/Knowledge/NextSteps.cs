namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// The seed's walkthrough as next steps, worded with the user's own domain when it is known. The sentences are the
/// table's steps; this class only chooses which one fits the conversation.
/// </summary>
internal static class NextSteps
{
    public static string Ehlo(ReplyFacts facts) => facts.Domain is { } domain ? $"EHLO {domain}" : "EHLO <your domain>";

    /// <summary>The greeting's next step: with an example while the user has not named a domain yet.</summary>
    public static string EhloWithExample(ReplyFacts facts) =>
        facts.Domain is { } domain ? $"EHLO {domain}" : "EHLO <your domain>, e.g. EHLO contoso.com";

    public static string Helo(ReplyFacts facts) => facts.Domain is { } domain ? $"HELO {domain}" : "HELO <your domain>";

    public static string MailFrom(ReplyFacts facts) =>
        facts.Domain is { } domain ? $"MAIL FROM:<sender@{domain}>" : "MAIL FROM:<sender@your-domain>";

    public static string RcptTo => "RCPT TO:<recipient>";

    /// <summary>The command as it should have been typed: the address kept when it is valid, else a placeholder.</summary>
    public static string SuggestedPath(ReplyFacts facts)
    {
        if (facts.Context.Command is { Verb: SmtpVerb.Mail or SmtpVerb.Rcpt } command) return SmtpMailbox.SuggestedPath(command, facts.Domain);
        return facts.RuleVerb == SmtpVerb.Rcpt ? RcptTo : MailFrom(facts);
    }

    /// <summary>
    /// How to authenticate from here. AUTH directly when the server advertised it (no TLS needed: TelnetLite cannot do
    /// TLS yet), with RSET first inside a transaction (RFC 4954 §4) and MAIL FROM again after a refused MAIL or RCPT;
    /// the TLS tools when AUTH is advertised only over TLS; EHLO first when no EHLO reply is known.
    /// </summary>
    public static string Authenticate(ReplyFacts facts)
    {
        var scope = Scope(facts);
        var context = facts.Context;
        if (context.Capabilities is not { } capabilities) return scope.Say("auth-ehlo-first");
        if (capabilities.Has("AUTH"))
        {
            return facts.RuleVerb switch
            {
                SmtpVerb.Rcpt => scope.Say("auth-in-transaction"),
                SmtpVerb.Mail => scope.Say("auth-after-mail"),
                _ => scope.Say("auth-direct"),
            };
        }
        if (capabilities.Has("STARTTLS") && !context.TlsActive) return AuthNeedsTls(facts);
        return scope.Say("auth-not-offered");
    }

    /// <summary>After AUTH was refused as unavailable: TLS may be what is missing, else go on without AUTH.</summary>
    public static string AfterAuthUnavailable(ReplyFacts facts) =>
        facts.Context is { TlsActive: false, Capabilities: { } capabilities } && capabilities.Has("STARTTLS")
            ? AuthNeedsTls(facts)
            : Scope(facts).Say("auth-unavailable-go-on");

    /// <summary>When AUTH is offered only over TLS: the tools that can do what TelnetLite cannot yet.</summary>
    public static string AuthNeedsTls(ReplyFacts facts) => Scope(facts).Say("auth-needs-tls");

    /// <summary>
    /// After a relay denial: a recipient this server hosts, or a way to be allowed to relay that this server offers.
    /// AUTH is suggested only when advertised (RSET first: RFC 4954 §4 refuses AUTH inside a transaction), STARTTLS
    /// when it alone is (AUTH may follow TLS); a server offering neither relays only for the client addresses it
    /// trusts. With no EHLO reply known, the usual way: STARTTLS, then AUTH.
    /// </summary>
    public static string RelayDenied(ReplyFacts facts)
    {
        var scope = Scope(facts);
        var context = facts.Context;
        if (context.Capabilities is not { } capabilities) return scope.Say("relay-no-ehlo");
        if (capabilities.Has("AUTH") && !context.Authenticated) return scope.Say("relay-auth");
        if (capabilities.Has("STARTTLS") && !context.TlsActive && !context.Authenticated) return scope.Say("relay-tls");
        return context.Authenticated ? scope.Say("relay-authenticated") : scope.Say("relay-no-auth");
    }

    /// <summary>The AUTH mechanism to suggest: LOGIN or PLAIN when offered (typed by hand most easily), else the first offered.</summary>
    public static string PreferredAuthMechanism(SmtpCapabilities capabilities)
    {
        var mechanisms = SmtpCapabilityExplainer.AuthMechanisms(capabilities);
        foreach (var preferred in (string[])["LOGIN", "PLAIN"])
        {
            if (mechanisms.Contains(preferred)) return preferred;
        }
        return mechanisms.Count > 0 ? mechanisms[0] : "LOGIN";
    }

    /// <summary>What to try after a reply no rule had a next step for: decided by the reply's class and the command.</summary>
    public static string? Default(ReplyFacts facts) => (facts.Code / 100) switch
    {
        2 => AfterSuccess(facts),
        3 => null,
        4 => Scope(facts).Say("default-transient"),
        5 => Scope(facts).Say("default-permanent"),
        _ => null,
    };

    private static string? AfterSuccess(ReplyFacts facts) => facts.RuleVerb switch
    {
        SmtpVerb.Connect => EhloWithExample(facts),
        SmtpVerb.Ehlo or SmtpVerb.Helo => MailFrom(facts),
        SmtpVerb.Mail => RcptTo,
        SmtpVerb.Rcpt => Scope(facts).Say("another-recipient-or-data"),
        SmtpVerb.EndOfData => Scope(facts).Say("after-message"),
        SmtpVerb.Rset => MailFrom(facts),
        SmtpVerb.Auth => MailFrom(facts),
        SmtpVerb.Quit => Scope(facts).Say("quit"),
        _ => null,
    };

    private static KnowledgeScope Scope(ReplyFacts facts) => new(facts.Knowledge, facts, facts.Context.Port);
}
