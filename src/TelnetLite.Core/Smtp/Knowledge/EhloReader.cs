namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Reads a successful EHLO reply: the capability summary and the next step the capabilities suggest.</summary>
internal static class EhloReader
{
    private const string Listed = "the server accepted your greeting and listed its capabilities: ";

    public static string Describe(ReplyFacts facts)
    {
        if (LoneKeywordLine(facts.Reply) is { } keyword)
        {
            // The last line of an EHLO reply pasted alone ("250 CHUNKING"): one capability, not an empty list.
            var capability = SmtpCapabilities.FromEhloReply(new SmtpReply(250, null, [new SmtpReplyLine(250, false, "", "250-"), facts.Reply.Lines[0]], SmtpReplyFlaws.None)).All[0];
            return $"the last line of an EHLO reply, on its own: the server advertises {keyword} — {CapabilityKeywordCatalog.Explain(capability)}; the lines before it name the server and its other capabilities";
        }
        var capabilities = facts.EhloCapabilities;
        return capabilities.All.Count == 0
            ? "the server accepted your greeting; it listed no extensions"
            : SmtpCapabilityExplainer.Summarize(capabilities, Listed);
    }

    public static string NextStep(ReplyFacts facts)
    {
        var capabilities = facts.EhloCapabilities;
        var context = facts.Context;
        var scope = new KnowledgeScope(facts.Knowledge, facts, context.Port);
        var authOffered = capabilities.Has("AUTH");
        if (!context.TlsActive && capabilities.Has("STARTTLS") && !authOffered)
        {
            // AUTH probably follows STARTTLS, which a hand-typed session cannot go through: name tools that can.
            return context.Port == 587 ? scope.Say("ehlo-next-tls-submission") : scope.Say("ehlo-next-tls");
        }
        if (context.Port == 587 && authOffered && !context.Authenticated)
            return scope.Say("ehlo-next-submission", ("mechanism", NextSteps.PreferredAuthMechanism(capabilities)));
        return NextSteps.MailFrom(facts);
    }

    /// <summary>
    /// The keyword when the reply is one line whose first word is a capability TelnetLite knows (<c>250 CHUNKING</c>,
    /// <c>250 SIZE 10240000</c>): a server's own name never is one.
    /// </summary>
    public static string? LoneKeywordLine(SmtpReply reply)
    {
        if (reply.Lines.Count != 1 || reply.Code != 250) return null;
        var text = reply.Lines[0].Text.AsSpan().Trim();
        var end = text.IndexOfAny(' ', '=');
        var word = (end < 0 ? text : text[..end]).ToString();
        return CapabilityKeywordCatalog.IsKnownKeyword(word) ? word.ToUpperInvariant() : null;
    }
}
