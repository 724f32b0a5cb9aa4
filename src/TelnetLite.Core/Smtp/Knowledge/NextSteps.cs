namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>The seed's walkthrough as next steps, worded with the user's own domain when it is known.</summary>
internal static class NextSteps
{
    public const string Message =
        "the message: the headers (e.g. Subject: Test from Contoso), an empty line, the body, then \".\" alone on a line";

    public const string Quit = "quit ends TelnetLite (type it in command mode; Ctrl+] enters command mode while connected)";

    public const string AnotherRecipientOrData = "another RCPT TO:<recipient>, or DATA to send the message";

    public static string Ehlo(ReplyFacts facts) => facts.Domain is { } domain ? $"EHLO {domain}" : "EHLO <your domain>";

    /// <summary>The greeting's next step: with an example while the user has not named a domain yet.</summary>
    public static string EhloWithExample(ReplyFacts facts) =>
        facts.Domain is { } domain ? $"EHLO {domain}" : "EHLO <your domain>, e.g. EHLO contoso.com";

    public static string Helo(ReplyFacts facts) => facts.Domain is { } domain ? $"HELO {domain}" : "HELO <your domain>";

    public static string MailFrom(ReplyFacts facts) =>
        facts.Domain is { } domain ? $"MAIL FROM:<sender@{domain}>" : "MAIL FROM:<sender@your-domain>";

    public static string RcptTo => "RCPT TO:<recipient>";

    public static string AfterMessage(ReplyFacts facts) => $"QUIT, or {MailFrom(facts)} for another message";

    /// <summary>
    /// How to authenticate from here. AUTH directly when the server advertised it (no TLS needed: TelnetLite cannot do
    /// TLS yet), with RSET first inside a transaction (RFC 4954 §4) and MAIL FROM again after a refused MAIL or RCPT;
    /// the TLS tools when AUTH is advertised only over TLS; EHLO first when no EHLO reply is known.
    /// </summary>
    public static string Authenticate(ReplyFacts facts)
    {
        var context = facts.Context;
        if (context.Capabilities is not { } capabilities) return $"{Ehlo(facts)} to see whether AUTH is offered, then AUTH LOGIN";
        if (capabilities.Has("AUTH"))
        {
            var auth = $"AUTH {PreferredAuthMechanism(capabilities)}";
            return facts.RuleVerb switch
            {
                SmtpVerb.Rcpt => $"RSET, {auth}, then {MailFrom(facts)} again",
                SmtpVerb.Mail => $"{auth}, then {MailFrom(facts)} again",
                _ => auth,
            };
        }
        if (capabilities.Has("STARTTLS") && !context.TlsActive) return AuthNeedsTls(facts);
        return "the EHLO reply lists no AUTH: this server does not authenticate on this port (submission is usually port 587)";
    }

    /// <summary>After AUTH was refused as unavailable: TLS may be what is missing, else go on without AUTH.</summary>
    public static string AfterAuthUnavailable(ReplyFacts facts) =>
        facts.Context is { TlsActive: false, Capabilities: { } capabilities } && capabilities.Has("STARTTLS")
            ? AuthNeedsTls(facts)
            : $"{MailFrom(facts)} without authenticating, if the server takes mail from you; or the submission port (587)";

    /// <summary>When AUTH is offered only over TLS: the tools that can do what TelnetLite cannot yet.</summary>
    public static string AuthNeedsTls(ReplyFacts facts) => TlsAdvice.Needed(facts.Context.Port, "authentication");

    private const string RecipientHere = "RCPT TO:<someone in a domain this server hosts>";

    /// <summary>
    /// After a relay denial: a recipient this server hosts, or a way to be allowed to relay that this server offers.
    /// AUTH is suggested only when advertised (RSET first: RFC 4954 §4 refuses AUTH inside a transaction), STARTTLS
    /// when it alone is (AUTH may follow TLS); a server offering neither relays only for the client addresses it
    /// trusts. With no EHLO reply known, the usual way: STARTTLS, then AUTH.
    /// </summary>
    public static string RelayDenied(ReplyFacts facts)
    {
        var context = facts.Context;
        if (context.Capabilities is not { } capabilities)
            return $"{RecipientHere}; to relay, authenticate first: {Authenticate(facts)}";
        if (capabilities.Has("AUTH") && !context.Authenticated)
            return $"{RecipientHere}; to relay, authenticate first: RSET, AUTH {PreferredAuthMechanism(capabilities)}, then {MailFrom(facts)} again";
        if (capabilities.Has("STARTTLS") && !context.TlsActive && !context.Authenticated)
            return $"{RecipientHere}; to relay, authenticate: AUTH is probably offered over TLS, which {TlsAdvice.CannotDoTls}: test it with {TlsAdvice.Tools(context.Port)}";
        var name = capabilities.ServerName.Length > 0 ? $" (the server calls itself {capabilities.ServerName})" : "";
        return context.Authenticated
            ? $"{RecipientHere}{name}; you are authenticated yet may not relay: relay from a client address the server allows, or connect to the recipient domain's MX host"
            : $"{RecipientHere}{name}; the server offers no AUTH, so it relays only for client addresses it allows: relay from one of those, or connect to the recipient domain's MX host";
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
    public static string? Default(ReplyFacts facts)
    {
        var resend = facts.Context.Command is { Line.Length: > 0 } command ? command.Line : "the command";
        return (facts.Code / 100) switch
        {
            2 => AfterSuccess(facts),
            3 => null,
            4 => $"send {resend} again later: a transient failure may clear by itself",
            5 => $"correct {resend} before sending it again: as sent, it will keep failing",
            _ => null,
        };
    }

    private static string? AfterSuccess(ReplyFacts facts) => facts.RuleVerb switch
    {
        SmtpVerb.Connect => EhloWithExample(facts),
        SmtpVerb.Ehlo or SmtpVerb.Helo => MailFrom(facts),
        SmtpVerb.Mail => RcptTo,
        SmtpVerb.Rcpt => AnotherRecipientOrData,
        SmtpVerb.EndOfData => AfterMessage(facts),
        SmtpVerb.Rset => MailFrom(facts),
        SmtpVerb.Auth => MailFrom(facts),
        SmtpVerb.Quit => Quit,
        _ => null,
    };
}
