namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// The placeholders whose value code computes: the user's domain, the commands worded with it, and what the
/// structure readers (greeting, EHLO, AUTH challenge, queue id) find in the reply.
/// </summary>
internal static class KnowledgeVariables
{
    /// <summary>Every variable name, for the table's check that each placeholder resolves.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "target", "ehlo", "ehlo-example", "helo", "mail-from", "rcpt-to", "domain-or-example", "authenticate", "relay-denied",
        "after-auth-unavailable", "auth-needs-tls", "server-needs-tls", "greeting", "ehlo-summary", "ehlo-next", "auth-challenge",
        "auth-challenge-next", "queue-id", "suggested-path", "sender-or-address", "command", "command-word", "mechanism", "server-name",
        // Given by the code that says the step, never by a reply.
        "what", "keyword", "value", "address", "a-label", "domain", "lines",
    };

    public static bool TryResolve(KnowledgeScope scope, string name, out string value)
    {
        value = name switch
        {
            "target" => scope.Port > 0 ? $"<host>:{scope.Port}" : "<host>:<port>",
            "auth-needs-tls" => scope.Say("tls-needed", ("what", scope.Say("tls-what-authentication"))),
            "server-needs-tls" => scope.Say("tls-needed", ("what", scope.Say("tls-what-server"))),
            _ => null!,
        };
        if (value is not null) return true;
        if (scope.Facts is not { } facts) return false;
        value = name switch
        {
            "ehlo" => NextSteps.Ehlo(facts),
            "ehlo-example" => NextSteps.EhloWithExample(facts),
            "helo" => NextSteps.Helo(facts),
            "mail-from" => NextSteps.MailFrom(facts),
            "rcpt-to" => NextSteps.RcptTo,
            "domain-or-example" => facts.Domain ?? "contoso.com",
            "authenticate" => NextSteps.Authenticate(facts),
            "relay-denied" => NextSteps.RelayDenied(facts),
            "after-auth-unavailable" => NextSteps.AfterAuthUnavailable(facts),
            "greeting" => GreetingReader.Describe(facts),
            "ehlo-summary" => EhloReader.Describe(facts),
            "ehlo-next" => EhloReader.NextStep(facts),
            "auth-challenge" => AuthChallengeReader.Describe(facts),
            "auth-challenge-next" => AuthChallengeReader.NextStep(facts),
            "queue-id" => QueueIdReader.Read(facts.Text) is { } id ? $" (queue id {id})" : "",
            "suggested-path" => NextSteps.SuggestedPath(facts),
            "sender-or-address" => facts.Text.Contains("Sender address", StringComparison.OrdinalIgnoreCase) ? "the sender" : "the address",
            "command" => facts.Context.Command is { Line.Length: > 0 } command ? command.Line : "the command",
            "command-word" => facts.Context.Command is { Verb: not SmtpVerb.Unknown } typed ? VerbNames.Name(typed.Verb) : "the command",
            "mechanism" => facts.Context.Capabilities is { } capabilities ? NextSteps.PreferredAuthMechanism(capabilities) : "LOGIN",
            "server-name" => facts.Context.Capabilities is { ServerName.Length: > 0 } named ? $" (the server calls itself {named.ServerName})" : "",
            _ => null!,
        };
        return value is not null;
    }
}
