namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// The placeholders whose value code computes: the user's domain, the commands worded with it, and what the
/// structure readers (greeting, EHLO, AUTH challenge, queue id) find in the reply.
/// </summary>
internal static class KnowledgeVariables
{
    private enum Variable
    {
        Target, AuthNeedsTls, ServerNeedsTls, Ehlo, EhloExample, Helo, MailFrom, RcptTo, DomainOrExample, Authenticate, RelayDenied,
        AfterAuthUnavailable, Greeting, EhloSummary, EhloNext, AuthChallenge, AuthChallengeNext, QueueId, SuggestedPath, SenderOrAddress,
        Command, CommandWord, Mechanism, ServerName,
    }

    private static readonly Dictionary<string, Variable> ById = new(StringComparer.Ordinal)
    {
        ["target"] = Variable.Target, ["auth-needs-tls"] = Variable.AuthNeedsTls, ["server-needs-tls"] = Variable.ServerNeedsTls,
        ["ehlo"] = Variable.Ehlo, ["ehlo-example"] = Variable.EhloExample, ["helo"] = Variable.Helo, ["mail-from"] = Variable.MailFrom,
        ["rcpt-to"] = Variable.RcptTo, ["domain-or-example"] = Variable.DomainOrExample, ["authenticate"] = Variable.Authenticate,
        ["relay-denied"] = Variable.RelayDenied, ["after-auth-unavailable"] = Variable.AfterAuthUnavailable, ["greeting"] = Variable.Greeting,
        ["ehlo-summary"] = Variable.EhloSummary, ["ehlo-next"] = Variable.EhloNext, ["auth-challenge"] = Variable.AuthChallenge,
        ["auth-challenge-next"] = Variable.AuthChallengeNext, ["queue-id"] = Variable.QueueId, ["suggested-path"] = Variable.SuggestedPath,
        ["sender-or-address"] = Variable.SenderOrAddress, ["command"] = Variable.Command, ["command-word"] = Variable.CommandWord,
        ["mechanism"] = Variable.Mechanism, ["server-name"] = Variable.ServerName,
    };

    /// <summary>Every placeholder name code fills: the variables, and the arguments code passes when it says a step.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>([.. ById.Keys, "what", "keyword", "value", "address", "a-label", "domain", "lines"], StringComparer.Ordinal);

    // The port of a session rarely changes: the last one's "<host>:port" is kept.
    private static (int Port, string Text) _lastTarget = (0, "<host>:<port>");

    private static string Target(int port)
    {
        if (port <= 0) return "<host>:<port>";
        var last = _lastTarget;
        if (last.Port == port) return last.Text;
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<host>:{port}");
        _lastTarget = (port, text);
        return text;
    }

    /// <summary>True for a variable whose value depends on the port alone (not on the reply or the conversation).</summary>
    public static bool DependsOnPortOnly(int id) => (Variable)id is Variable.Target;

    /// <summary>The number of a variable, for <see cref="Resolve"/>; -1 for a name that is none.</summary>
    public static int IdOf(string name) => ById.TryGetValue(name, out var variable) ? (int)variable : -1;

    /// <summary>The variable's value in this scope; null when the scope cannot tell (no reply to read).</summary>
    public static string? Resolve(int id, KnowledgeScope scope)
    {
        switch ((Variable)id)
        {
            case Variable.Target: return Target(scope.Port);
            case Variable.AuthNeedsTls: return scope.Say("tls-needed", ("what", scope.Say("tls-what-authentication")));
            case Variable.ServerNeedsTls: return scope.Say("tls-needed", ("what", scope.Say("tls-what-server")));
        }
        if (scope.Facts is not { } facts) return null;
        return (Variable)id switch
        {
            Variable.Ehlo => NextSteps.Ehlo(facts),
            Variable.EhloExample => NextSteps.EhloWithExample(facts),
            Variable.Helo => NextSteps.Helo(facts),
            Variable.MailFrom => NextSteps.MailFrom(facts),
            Variable.RcptTo => NextSteps.RcptTo,
            Variable.DomainOrExample => facts.Domain ?? "contoso.com",
            Variable.Authenticate => NextSteps.Authenticate(facts),
            Variable.RelayDenied => NextSteps.RelayDenied(facts),
            Variable.AfterAuthUnavailable => NextSteps.AfterAuthUnavailable(facts),
            Variable.Greeting => GreetingReader.Describe(facts),
            Variable.EhloSummary => EhloReader.Describe(facts),
            Variable.EhloNext => EhloReader.NextStep(facts),
            Variable.AuthChallenge => AuthChallengeReader.Describe(facts),
            Variable.AuthChallengeNext => AuthChallengeReader.NextStep(facts),
            Variable.QueueId => QueueIdReader.Read(facts.Text) is { } queueId ? $" (queue id {queueId})" : "",
            Variable.SuggestedPath => NextSteps.SuggestedPath(facts),
            Variable.SenderOrAddress => facts.Text.Contains("Sender address", StringComparison.OrdinalIgnoreCase) ? "the sender" : "the address",
            Variable.Command => facts.Context.Command is { Line.Length: > 0 } command ? command.Line : "the command",
            Variable.CommandWord => facts.Context.Command is { Verb: not SmtpVerb.Unknown } typed ? VerbNames.Name(typed.Verb) : "the command",
            Variable.Mechanism => facts.Context.Capabilities is { } capabilities ? NextSteps.PreferredAuthMechanism(capabilities) : "LOGIN",
            Variable.ServerName => facts.Context.Capabilities is { ServerName.Length: > 0 } named ? $" (the server calls itself {named.ServerName})" : "",
            _ => null,
        };
    }
}
