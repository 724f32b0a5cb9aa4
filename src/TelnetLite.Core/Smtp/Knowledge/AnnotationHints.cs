namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// What the conversation adds to a reply's explanation: the command as typed (angle brackets, NOTIFY=), the
/// capabilities advertised (AUTH after STARTTLS, DSN), and a malformed reply's flaws.
/// </summary>
internal static class AnnotationHints
{
    /// <summary>Returns the meaning with any remark added; adds causes in front and may replace the next step.</summary>
    /// <param name="facts">The reply and its context.</param>
    /// <param name="meaning">The meaning so far.</param>
    /// <param name="causes">The causes so far; null for a well-formed reply that is no failure, which gets none.</param>
    /// <param name="next">The next step so far.</param>
    public static string Apply(ReplyFacts facts, string meaning, List<string>? causes, ref string? next)
    {
        var code = facts.Code;
        var success = code / 100 == 2;
        var failure = code / 100 is 4 or 5;
        var command = facts.Context.Command;
        var capabilities = facts.Context.Capabilities;

        if (success && command is not null && facts.RuleVerb is SmtpVerb.Mail or SmtpVerb.Rcpt)
        {
            var notify = command.Verb == SmtpVerb.Rcpt && command.Parameters.TryGetValue("NOTIFY", out var requested)
                && capabilities?.Has("DSN") != false ? NotifyRemark(requested) : null;
            // One concatenation for the remarks a lenient server or NOTIFY= add to an acceptance.
            meaning = string.Concat(meaning, Leniency(command, facts.Domain), AcceptedWithoutDomain(command, facts.Domain), notify);
        }

        if (failure && causes is not null && command is { Verb: SmtpVerb.Rcpt } && code is 501 or 555
            && command.Parameters.TryGetValue("NOTIFY", out var refused) && DsnNotify.Problem(refused) is { } notifyProblem)
        {
            causes.Insert(0, notifyProblem);
            next = DsnNotify.SuggestedCommand(command, facts.Domain);
        }

        if (command is not null && capabilities is not null && !capabilities.Has("DSN") && UsesDsn(command))
        {
            if (success) meaning += "; DSN was not advertised, so the server will probably ignore the DSN parameters";
            else if (failure) causes?.Insert(0, "DSN parameters (NOTIFY=, ORCPT=, RET=, ENVID=) were sent but the server did not advertise DSN (RFC 3461)");
        }

        if (failure && causes is not null && AuthLooksBlockedByTls(facts))
        {
            var authNeedsTls = facts.Knowledge.Causes["auth-needs-tls"];
            causes.Remove(authNeedsTls);
            causes.Insert(0, authNeedsTls);
            next = NextSteps.AuthNeedsTls(facts);
        }

        var flaws = facts.Reply.Flaws;
        if (causes is not null && (flaws != SmtpReplyFlaws.None || facts.Code / 100 is < 2 or > 5)) causes.InsertRange(0, FlawCauses(facts, flaws));
        return meaning;
    }

    private static string Leniency(SmtpCommand command, string? domain)
    {
        if (command.HasAngleBrackets && !command.SpaceAroundColon) return "";
        var path = SmtpMailbox.SuggestedPath(command, domain);
        return command.HasAngleBrackets
            ? $"; the server was lenient: RFC 5321 §3.3 allows no space around the colon ({path})"
            : $"; the server was lenient: RFC 5321 wants angle brackets ({path})";
    }

    /// <summary>
    /// An address without @, or without a domain, that a lenient server accepted (Postfix answers 250 2.1.0 Ok to
    /// MAIL FROM:chris.contoso.com): it is read as a local user of the server, so the message or its bounces go astray.
    /// </summary>
    private static string AcceptedWithoutDomain(SmtpCommand command, string? domain)
    {
        if (command.Address is not { Length: > 0 } address || address.Contains('@')) return "";
        var suggested = SmtpMailbox.SuggestedPath(command, domain);
        return command.Verb == SmtpVerb.Mail
            ? $"; but \"{address}\" has no @ and no domain: the server takes it for a local user name of its own, so bounces and replies go to a mailbox that does not exist, and receivers refuse such a sender; use {suggested}"
            : $"; but \"{address}\" has no @ and no domain: the server takes it for a local user of its own, so the message bounces unless that user exists there; use {suggested}";
    }

    // A session repeats the same NOTIFY= on every recipient: the remark is made once.
    private static (string? Value, string? Remark) _lastNotify;

    /// <summary>What an accepted NOTIFY= asks for, as a remark to the meaning; null for a value RFC 3461 does not allow.</summary>
    private static string? NotifyRemark(string? value)
    {
        var last = _lastNotify;
        if (last.Value == value && value is not null) return last.Remark;
        var remark = DsnNotify.Problem(value) is null ? "; " + DsnNotify.Describe(value!) : null;
        _lastNotify = (value, remark);
        return remark;
    }

    private static bool UsesDsn(SmtpCommand command) => command.Verb switch
    {
        SmtpVerb.Rcpt => command.Parameters.ContainsKey("NOTIFY") || command.Parameters.ContainsKey("ORCPT"),
        SmtpVerb.Mail => command.Parameters.ContainsKey("RET") || command.Parameters.ContainsKey("ENVID"),
        _ => false,
    };

    /// <summary>AUTH refused (or required) on a server that offers STARTTLS but not yet AUTH: TLS is the missing step.</summary>
    private static bool AuthLooksBlockedByTls(ReplyFacts facts)
    {
        var context = facts.Context;
        if (context.TlsActive || context.Capabilities is not { } capabilities) return false;
        if (!capabilities.Has("STARTTLS") || capabilities.Has("AUTH")) return false;
        return facts.RuleVerb == SmtpVerb.Auth || facts.Code == 530;
    }

    private static IEnumerable<string> FlawCauses(ReplyFacts facts, SmtpReplyFlaws flaws)
    {
        if ((flaws & SmtpReplyFlaws.NoCode) != 0 || facts.Code == 0)
        {
            yield return "the reply does not start with a three-digit code: the service on this port may not be SMTP";
            yield break;
        }
        if (facts.Code / 100 is < 2 or > 5) yield return $"the first digit {facts.Code / 100} is no SMTP reply class (RFC 5321 §4.2.1: 2, 3, 4 or 5)";
        if ((flaws & SmtpReplyFlaws.MixedCodes) != 0) yield return "the reply's lines carry different codes (RFC 5321 §4.2.1 wants the same code on every line)";
        if ((flaws & SmtpReplyFlaws.MissingSeparator) != 0) yield return "the code is not followed by a space or a hyphen (RFC 5321 §4.2)";
        if ((flaws & SmtpReplyFlaws.BareLineFeed) != 0) yield return "the server ended lines with a bare LF instead of CRLF (RFC 5321 §2.3.8)";
        if ((flaws & SmtpReplyFlaws.TooLong) != 0) yield return "a reply line is longer than 512 octets (RFC 5321 §4.5.3.1.5)";
        if ((flaws & SmtpReplyFlaws.NonAscii) != 0) yield return "the reply holds non-ASCII bytes";
    }
}
