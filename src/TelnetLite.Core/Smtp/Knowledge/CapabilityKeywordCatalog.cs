namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>What each EHLO keyword offers (the reference's list with its RFCs, and the vendors' own X keywords).</summary>
internal static class CapabilityKeywordCatalog
{
    private static readonly Dictionary<string, string> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PIPELINING"] = "several commands may be sent without waiting for each reply (RFC 2920)",
        ["DSN"] = "delivery status notifications: NOTIFY= and ORCPT= on RCPT TO, RET= and ENVID= on MAIL FROM (RFC 3461)",
        ["8BITMIME"] = "8-bit message bodies are accepted, declared with MAIL FROM:<...> BODY=8BITMIME (RFC 6152)",
        ["BINARYMIME"] = "binary message bodies are accepted with BODY=BINARYMIME, sent with BDAT (RFC 3030)",
        ["SMTPUTF8"] = "UTF-8 addresses and headers are accepted, declared with MAIL FROM:<...> SMTPUTF8 (RFC 6531)",
        ["CHUNKING"] = "the message may be sent in chunks with BDAT instead of DATA (RFC 3030)",
        ["ENHANCEDSTATUSCODES"] = "replies carry enhanced status codes such as 5.1.1 (RFC 2034)",
        ["ETRN"] = "ETRN <domain> asks the server to deliver the mail it holds for a domain (RFC 1985)",
        ["BURL"] = "the message may be fetched from an IMAP URL with BURL instead of being sent (RFC 4468)",
        ["RRVS"] = "RRVS= on RCPT TO: deliver only if the mailbox has had the same owner since a date (RFC 7293)",
        ["REQUIRETLS"] = "REQUIRETLS on MAIL FROM: the message must travel over verified TLS all the way (RFC 8689)",
        ["VRFY"] = "VRFY <address> may check whether a mailbox exists",
        ["EXPN"] = "EXPN <list> may show a mailing list's members",
        ["HELP"] = "HELP gives the server's help text",
        ["XCLIENT"] = "Postfix: a trusted proxy may pass on the original client's name and address (non-standard extension)",
        ["XFORWARD"] = "Postfix: a trusted content filter may pass on the original client's details (non-standard extension)",
        ["X-ANONYMOUSTLS"] = "Exchange: TLS between Exchange servers without certificate authentication (non-standard extension)",
        ["XEXCH50"] = "Exchange 2003 and older: message properties passed between Exchange servers (non-standard extension)",
        ["XRDST"] = "Exchange: the server may redirect the client to another server (non-standard extension)",
        ["XSHADOW"] = "Exchange: shadow redundancy, the sending server keeps a copy until delivery is confirmed (non-standard extension)",
        ["XOORG"] = "Exchange: the sending organisation is passed with the message (non-standard extension)",
        ["XPROXYFROM"] = "Exchange: a front-end server passes on the original client's details (non-standard extension)",
    };

    private static readonly Dictionary<string, string> Mechanisms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LOGIN"] = "LOGIN (user name, then password, each base64-encoded)",
        ["PLAIN"] = "PLAIN (user name and password in one base64 line)",
        ["CRAM-MD5"] = "CRAM-MD5 (challenge and response: the password is not sent)",
        ["DIGEST-MD5"] = "DIGEST-MD5 (challenge and response, obsolete)",
        ["SCRAM-SHA-1"] = "SCRAM-SHA-1 (salted challenge and response)",
        ["SCRAM-SHA-256"] = "SCRAM-SHA-256 (salted challenge and response)",
        ["XOAUTH2"] = "XOAUTH2 (an OAuth 2.0 access token: Google, Microsoft 365)",
        ["OAUTHBEARER"] = "OAUTHBEARER (an OAuth 2.0 bearer token, RFC 7628)",
        ["GSSAPI"] = "GSSAPI (Kerberos)",
        ["NTLM"] = "NTLM (Windows domain authentication)",
        ["EXTERNAL"] = "EXTERNAL (the TLS client certificate)",
        ["ANONYMOUS"] = "ANONYMOUS (no credentials)",
    };

    private static readonly Dictionary<string, string> Limits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MAILMAX"] = "at most {0} transactions per session",
        ["RCPTMAX"] = "at most {0} recipients per transaction",
        ["RCPTDOMAINMAX"] = "at most {0} recipient domains per transaction",
    };

    /// <summary>True for a keyword this catalog explains (so a line holding it is a capability line, not a host name).</summary>
    public static bool IsKnownKeyword(string keyword) =>
        Fixed.ContainsKey(keyword) || keyword.ToUpperInvariant() is "STARTTLS" or "SIZE" or "AUTH" or "X-EXPS" or "LIMITS" or "DELIVERBY" or "MT-PRIORITY";

    public static string Explain(SmtpCapability capability)
    {
        var keyword = capability.Keyword;
        var parameters = capability.Parameters;
        switch (keyword.ToUpperInvariant())
        {
            case "SIZE":
                return Size(parameters);
            case "AUTH":
                return Auth(capability);
            case "X-EXPS":
                return parameters.Count > 0
                    ? $"Exchange: Exchange server authentication between servers with {string.Join(", ", parameters)} (non-standard extension)"
                    : "Exchange: Exchange server authentication between servers (non-standard extension)";
            case "LIMITS":
                return LimitsOf(parameters);
            case "DELIVERBY":
                return parameters.Count > 0 && long.TryParse(parameters[0], out var seconds)
                    ? $"BY= on MAIL FROM asks for delivery within a time; at least {seconds} seconds (RFC 2852)"
                    : "BY= on MAIL FROM asks for delivery within a time (RFC 2852)";
            case "STARTTLS":
                // The table's step, with the other TLS hints: it changes there when TelnetLite learns TLS.
                return new KnowledgeScope(KnowledgeBase.Current, null, 0).Say("capability-starttls");
            case "MT-PRIORITY":
                return parameters.Count > 0
                    ? $"MT-PRIORITY= on MAIL FROM gives the message a priority, under the {parameters[0]} policy (RFC 6710)"
                    : "MT-PRIORITY= on MAIL FROM gives the message a priority (RFC 6710)";
        }
        if (Fixed.TryGetValue(keyword, out var known)) return known;
        return keyword.StartsWith('X') || keyword.StartsWith('x')
            ? "non-standard extension (X keywords are never registered, RFC 5321 §2.2.2)"
            : "unregistered keyword: TelnetLite does not know it";
    }

    private static string Size(IReadOnlyList<string> parameters)
    {
        if (parameters.Count == 0) return "the server takes the SIZE= parameter but states no limit (RFC 1870)";
        if (!long.TryParse(parameters[0], out var bytes) || bytes < 0) return $"a size limit the server wrote unreadably: \"{parameters[0]}\" (RFC 1870)";
        return bytes == 0 ? "no fixed size limit (RFC 1870)" : $"largest message {SizeText.Of(bytes)} (RFC 1870)";
    }

    private static string Auth(SmtpCapability capability)
    {
        var oldForm = capability.Line.StartsWith("AUTH=", StringComparison.OrdinalIgnoreCase)
            ? " (the old AUTH= form, for clients older than RFC 2554)"
            : "";
        if (capability.Parameters.Count == 0) return $"authentication is offered, but no mechanism is listed{oldForm} (RFC 4954)";
        var described = capability.Parameters.Select(m => Mechanisms.TryGetValue(m, out var text) ? text : m.ToUpperInvariant());
        return $"authentication with {string.Join(", ", described)}{oldForm} (RFC 4954)";
    }

    private static string LimitsOf(IReadOnlyList<string> parameters)
    {
        var parts = new List<string>();
        foreach (var parameter in parameters)
        {
            var equals = parameter.IndexOf('=');
            if (equals > 0 && Limits.TryGetValue(parameter[..equals], out var format))
                parts.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, parameter[(equals + 1)..]));
            else
                parts.Add(parameter);
        }
        return parts.Count > 0 ? $"the server states its limits: {string.Join(", ", parts)} (RFC 9422)" : "the server states its limits (RFC 9422)";
    }
}
