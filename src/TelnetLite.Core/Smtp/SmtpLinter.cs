using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Smtp;

/// <summary>Warns about a line before it is sent, from what the conversation knows; it never changes the line.</summary>
/// <remarks>
/// Pure and cheap enough to run on every keystroke. A raw tool never blocks a line: each warning says what is wrong
/// and what the server will probably answer, and the user decides. Message lines (after 354) get message checks,
/// commands get command checks; the answer to an AUTH challenge and BDAT chunk data are not checked.
/// </remarks>
internal static class SmtpLinter
{
    /// <summary>RFC 5321 §4.5.3.1.4: a command line is at most 512 octets including CRLF.</summary>
    internal const int MaxCommandOctets = 512;
    /// <summary>RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets including CRLF.</summary>
    internal const int MaxTextLineOctets = 998;

    /// <summary>The warnings for <paramref name="line"/> if it were sent now; empty when nothing is wrong.</summary>
    public static IReadOnlyList<SmtpLintWarning> Lint(string line, SmtpConversation conversation)
    {
        var warnings = new List<SmtpLintWarning>();
        if (conversation.HasLinesHeldBehindData || conversation.Outstanding.Any(c => c.Verb == SmtpVerb.Data))
        {
            warnings.Add(new(SmtpLintRule.ReplyPending,
                "DATA has not been answered yet",
                "if the server refuses DATA (503, 554) this line will be read as a command, not as part of the message",
                "wait for 354 Start mail input, then type the message"));
            return warnings;
        }

        switch (conversation.Phase)
        {
            case SmtpPhase.Message:
                LintMessageLine(line, conversation, warnings);
                break;
            case SmtpPhase.Commands:
                LintCommand(line, conversation, warnings);
                break;
        }
        return warnings;
    }

    private static void LintMessageLine(string line, SmtpConversation conversation, List<SmtpLintWarning> warnings)
    {
        if (line == ".")
        {
            warnings.Add(new(SmtpLintRule.EndOfMessageReminder,
                "\".\" alone on its line ends the message",
                "the server answers 250 when it accepts the message (e.g. 250 2.6.0 Queued mail for delivery) or 4xx/5xx when it refuses it",
                null));
            return;
        }
        if (line.Trim(' ', '\t') == ".")
        {
            warnings.Add(new(SmtpLintRule.DotNotAlone,
                "this \".\" has blanks around it, so it does not end the message",
                "the server keeps reading the message and answers nothing until it times out (Postfix 421 4.4.2 timeout exceeded)",
                "type \".\" alone, with nothing before or after it"));
        }
        else if (line.StartsWith('.') && !line.StartsWith("..", StringComparison.Ordinal))
        {
            warnings.Add(new(SmtpLintRule.LeadingDot,
                "a message line starting with \".\" loses that dot: the server removes one leading dot (RFC 5321 §4.5.2)",
                "no error, but the line arrives without its first dot",
                "double the dot (\"." + line + "\") to keep it"));
        }

        if (conversation.MessageInHeaders && line.Length > 0
            && !SmtpMessageLine.IsHeaderField(line) && !SmtpMessageLine.IsFoldedContinuation(line))
        {
            warnings.Add(new(SmtpLintRule.MissingBlankLineAfterHeaders,
                "no blank line between the header fields and the body (RFC 5322 §2.1): this line would end the header block badly",
                "no SMTP error now, but the first body line may be taken as a header and strict receivers reject the message later (Gmail 554 5.6.0 Mail message is malformed)",
                "send an empty line first, then the body"));
        }

        if (SmtpMessageLine.Octets(line) > MaxTextLineOctets)
        {
            warnings.Add(new(SmtpLintRule.TextLineTooLong,
                $"this message line is {SmtpMessageLine.Octets(line)} octets; RFC 5321 §4.5.3.1.6 allows 998 plus CRLF",
                "the server may reject the message (552, 554) or break the line",
                "split the line"));
        }

        var capabilities = conversation.Capabilities;
        if (SmtpMessageLine.HasNonAscii(line) && capabilities?.Has("8BITMIME") != true && capabilities?.Has("SMTPUTF8") != true)
        {
            warnings.Add(new(SmtpLintRule.NonAscii,
                "this message line has non-ASCII characters and the server advertised neither 8BITMIME nor SMTPUTF8",
                "the server may reject the message (554 5.6.x) or the text may arrive mangled",
                "use ASCII, or a MIME encoding such as quoted-printable"));
        }
    }

    private static void LintCommand(string line, SmtpConversation conversation, List<SmtpLintWarning> warnings)
    {
        if (line.Length == 0) return;
        var command = SmtpCommandParser.Parse(line);
        var capabilities = conversation.Capabilities;
        var outstanding = conversation.Outstanding;

        LintPacing(command, conversation, outstanding, warnings);

        switch (command.Verb)
        {
            case SmtpVerb.Helo:
            case SmtpVerb.Ehlo:
            case SmtpVerb.Lhlo:
                LintHelloName(command, conversation, warnings);
                break;
            case SmtpVerb.Mail:
            case SmtpVerb.Rcpt:
                LintPath(command, conversation, warnings);
                LintAddress(command, conversation, warnings);
                if (command.Verb == SmtpVerb.Rcpt && !conversation.TransactionOpen && !outstanding.Any(c => c.Verb == SmtpVerb.Mail))
                {
                    warnings.Add(new(SmtpLintRule.RcptBeforeMail,
                        "RCPT TO before any MAIL FROM was accepted: a transaction starts with MAIL FROM",
                        "the server will answer 503 5.5.1 Error: need MAIL command (Exchange: 503 5.5.2 Need mail command)",
                        $"MAIL FROM:<sender@{conversation.SenderDomain ?? "your-domain"}> first"));
                }
                LintNotify(command, conversation, warnings);
                LintDsn(command, conversation, warnings);
                if (command.Verb == SmtpVerb.Mail) LintMailSequence(conversation, outstanding, warnings);
                break;
            case SmtpVerb.Data:
            case SmtpVerb.Bdat:
                if (conversation.AcceptedRecipients.Count == 0 && !outstanding.Any(c => c.Verb == SmtpVerb.Rcpt))
                {
                    warnings.Add(new(SmtpLintRule.DataWithoutRecipient,
                        $"{command.Verb.ToString().ToUpperInvariant()} with no accepted recipient",
                        "the server will answer 503 5.5.1 Error: need RCPT command or 554 5.5.1 Error: no valid recipients, and the message lines typed next would be taken as commands (500 5.5.2)",
                        conversation.TransactionOpen ? "RCPT TO:<recipient@domain> first" : "MAIL FROM:<sender@your-domain>, then RCPT TO:<recipient@domain> first"));
                }
                break;
            case SmtpVerb.Auth:
                if (capabilities is not null && !capabilities.Has("AUTH") && capabilities.Has("STARTTLS") && !conversation.TlsActive)
                {
                    var scope = Scope(conversation);
                    warnings.Add(new(SmtpLintRule.AuthBeforeStartTls,
                        scope.Say("lint-auth-before-starttls-problem"),
                        scope.Say("lint-auth-before-starttls-answer"),
                        TlsAdvice.Needed(conversation.Port, "tls-what-auth-here")));
                }
                else if (capabilities is not null && capabilities.Has("STARTTLS") && !conversation.TlsActive)
                {
                    // Offered in clear beside STARTTLS: the server would take the credentials, readable by anyone on the path.
                    var scope = Scope(conversation);
                    warnings.Add(new(SmtpLintRule.AuthInClear,
                        scope.Say("lint-auth-in-clear-problem"), scope.Say("lint-auth-in-clear-answer"), scope.Say("lint-auth-in-clear-fix")));
                }
                else if (NeedsHelloAfterTls(conversation, outstanding))
                {
                    warnings.Add(HelloAfterStartTls());
                }
                break;
            case SmtpVerb.StartTls:
                if (StartTlsProblem(conversation) is { } problem) warnings.Add(problem);
                break;
        }

        var octets = SmtpMessageLine.Octets(line);
        if (octets + 2 > MaxCommandOctets)
        {
            warnings.Add(new(SmtpLintRule.CommandTooLong,
                $"this command is {octets + 2} octets with CRLF; RFC 5321 §4.5.3.1.4 allows 512",
                "the server will probably answer 500 5.5.2 Error: command too long, or cut the line",
                "shorten the command"));
        }

        if (SmtpMessageLine.HasNonAscii(line) && capabilities?.Has("SMTPUTF8") != true && !warnings.Any(w => w.Rule == SmtpLintRule.NonAsciiDomain))
        {
            warnings.Add(new(SmtpLintRule.NonAscii,
                "this command has non-ASCII characters and the server did not advertise SMTPUTF8 (RFC 6531)",
                "the server will probably answer 500, 501 or 553 (mailbox name not allowed)",
                "use an ASCII address"));
        }
    }

    private static void LintPacing(SmtpCommand command, SmtpConversation conversation, IReadOnlyList<SmtpCommand> outstanding,
        List<SmtpLintWarning> warnings)
    {
        if (!conversation.GreetingReceived)
        {
            warnings.Add(new(SmtpLintRule.ReplyPending,
                "the server has not sent its greeting yet",
                "Postfix answers 554 5.5.0 Error: SMTP protocol synchronization and disconnects; other servers drop the line",
                "wait for the 220 greeting"));
            return;
        }
        if (outstanding.Count == 0) return;

        var waitingFor = outstanding[^1].Verb == SmtpVerb.AuthResponse ? "AUTH" : Word(outstanding[^1]);
        if (!SmtpPipelining.Advertised(conversation))
        {
            warnings.Add(new(SmtpLintRule.ReplyPending,
                $"the reply to {waitingFor} has not arrived and the server did not advertise PIPELINING",
                "the server may answer 503 5.5.0 Improper use of SMTP command pipelining, or 554 5.5.0 Error: SMTP protocol synchronization and disconnect",
                "wait for the reply"));
        }
        else if (!outstanding.All(c => SmtpPipelining.IsGroupable(c.Verb)))
        {
            warnings.Add(new(SmtpLintRule.ReplyPending,
                $"the reply to {waitingFor} has not arrived, and RFC 2920 §3.1 says nothing may follow {waitingFor} before its reply",
                "the server may answer 503 5.5.0 Improper use of SMTP command pipelining",
                "wait for the reply"));
        }
    }

    private static void LintPath(SmtpCommand command, SmtpConversation conversation, List<SmtpLintWarning> warnings)
    {
        var prefix = command.Verb == SmtpVerb.Mail ? "MAIL FROM" : "RCPT TO";
        // An invalid address gets a placeholder: repeating it in brackets would look like a fix and is none.
        var canonical = SmtpMailbox.SuggestedPath(command, conversation.SenderDomain, ParameterSuffix(command));
        if (command.SpaceAroundColon)
        {
            warnings.Add(new(SmtpLintRule.SpaceAroundColon,
                $"a space around the colon of {prefix}: (RFC 5321 §3.3 forbids it)",
                "Exchange accepts it; Gmail answers 555 5.5.2 Syntax error and a strict Postfix 501 5.1.7 Bad sender address syntax",
                canonical));
        }
        if (!command.HasAngleBrackets)
        {
            warnings.Add(new(SmtpLintRule.MissingAngleBrackets,
                $"the address of {prefix} has no angle brackets (RFC 5321 §4.1.2 wants {prefix}:<address>)",
                "Exchange and a default Postfix accept it; strict servers answer 501 5.1.7 or 555 5.5.2 Syntax error",
                canonical));
        }
    }

    private static void LintHelloName(SmtpCommand command, SmtpConversation conversation, List<SmtpLintWarning> warnings)
    {
        var name = command.Argument.Split([' ', '\t'], 2)[0];
        if (name.Length == 0 || (name.StartsWith('[') && name.EndsWith(']'))) return;
        if (SmtpDomainText.IsInternational(name))
        {
            LintInternationalDomain(name, $"EHLO {{0}}", conversation, warnings);
            return;
        }
        if (SmtpHostName.IsValid(name)) return;
        var reason = name.Contains('_')
            ? "an underscore is not allowed in a host name (RFC 1123 §2.1: letters, digits, hyphens and dots)"
            : "a host name has labels of letters, digits and hyphens, separated by single dots (RFC 1123 §2.1)";
        warnings.Add(new(SmtpLintRule.InvalidHelloName,
            $"\"{name}\" is not a valid domain name: {reason}",
            "Exchange answers 501 5.5.4 Invalid domain name; Postfix with reject_invalid_helo_hostname 501 5.5.2 Helo command rejected: Invalid name",
            $"{SmtpCommandParser.Parse(command.Line).Verb.ToString().ToUpperInvariant()} {Suggestion(conversation)}"));
    }

    private static string Suggestion(SmtpConversation conversation) =>
        conversation.SenderDomain is { } domain && SmtpDomainText.ToAscii(domain) is { } ascii ? ascii : "<your domain>, e.g. contoso.com";

    /// <summary>An address without @ (<c>MAIL FROM:chris.contoso.com</c>): warned before a lenient server accepts it.</summary>
    private static void LintAddress(SmtpCommand command, SmtpConversation conversation, List<SmtpLintWarning> warnings)
    {
        if (command.Address is not { Length: > 0 } address) return;
        var prefix = command.Verb == SmtpVerb.Mail ? "MAIL FROM" : "RCPT TO";
        var at = address.LastIndexOf('@');
        if (at < 0)
        {
            warnings.Add(new(SmtpLintRule.AddressWithoutAt,
                $"the address \"{address}\" has no @: {prefix} wants user@domain",
                "a lenient server (Postfix: 250 2.1.0 Ok) takes it for a local user name of its own, so the mail or its bounces go astray; a strict one answers 501 5.1.3 or 553",
                SmtpMailbox.SuggestedPath(command, conversation.SenderDomain, ParameterSuffix(command))));
            return;
        }
        var domain = address[(at + 1)..];
        if (SmtpDomainText.IsInternational(domain) && conversation.Capabilities?.Has("SMTPUTF8") != true)
            LintInternationalDomain(domain, $"{prefix}:<{address[..at]}@{{0}}>", conversation, warnings, SmtpDomainText.IsInternational(address[..at]));
    }

    /// <summary>A non-ASCII domain: its A-label (<c>テスト.example</c> is <c>xn--zckzah.example</c>) when the server has no SMTPUTF8.</summary>
    private static void LintInternationalDomain(string domain, string commandFormat, SmtpConversation conversation, List<SmtpLintWarning> warnings,
        bool localPartIsInternational = false)
    {
        if (conversation.Capabilities?.Has("SMTPUTF8") == true) return;
        var ascii = SmtpDomainText.ToAscii(domain);
        var fix = ascii is null
            ? "use a domain name that has an ASCII form"
            : localPartIsInternational
                ? $"the domain's ASCII form is {ascii}, but the part before @ has no ASCII form: use an ASCII address"
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, commandFormat, ascii);
        warnings.Add(new(SmtpLintRule.NonAsciiDomain,
            $"\"{domain}\" is an internationalised domain name and the server did not advertise SMTPUTF8 (RFC 6531)" + (ascii is null ? "" : $"; its ASCII form (A-label) is {ascii}"),
            "the server will probably refuse it: 501 Syntax error, or 553 5.6.7 Must declare SMTPUTF8",
            fix));
    }

    private static void LintNotify(SmtpCommand command, SmtpConversation conversation, List<SmtpLintWarning> warnings)
    {
        if (command.Verb != SmtpVerb.Rcpt || !command.Parameters.TryGetValue("NOTIFY", out var notify)) return;
        if (DsnNotify.Problem(notify) is not { } problem) return;
        warnings.Add(new(SmtpLintRule.InvalidNotify,
            problem,
            "the server will probably answer 501 5.5.4 Invalid arguments, or 555 5.5.4",
            DsnNotify.SuggestedCommand(command, conversation.SenderDomain)));
    }

    /// <summary>STARTTLS typed twice, before EHLO, or to a server that did not offer it: each gets its own warning.</summary>
    private static SmtpLintWarning? StartTlsProblem(SmtpConversation conversation)
    {
        var scope = Scope(conversation);
        if (conversation.TlsActive)
            return new(SmtpLintRule.StartTlsTwice, scope.Say("lint-starttls-twice-problem"), scope.Say("lint-starttls-twice-answer"), scope.Say("lint-starttls-twice-fix"));
        if (!conversation.HelloDone)
            return new(SmtpLintRule.StartTlsBeforeHello, scope.Say("lint-starttls-before-ehlo-problem"), scope.Say("lint-starttls-before-ehlo-answer"), scope.Say("lint-starttls-before-ehlo-fix"));
        if (conversation.Capabilities is { } capabilities && !capabilities.Has("STARTTLS"))
            return new(SmtpLintRule.StartTlsNotOffered, scope.Say("lint-starttls-not-offered-problem"), scope.Say("lint-starttls-not-offered-answer"), scope.Say("lint-starttls-not-offered-fix"));
        return null;
    }

    private static KnowledgeScope Scope(SmtpConversation conversation) => new(KnowledgeBase.Current, null, conversation.Port);

    private static void LintDsn(SmtpCommand command, SmtpConversation conversation, List<SmtpLintWarning> warnings)
    {
        if (!conversation.HelloDone || conversation.Capabilities?.Has("DSN") == true) return;
        string[] dsnKeywords = command.Verb == SmtpVerb.Rcpt ? ["NOTIFY", "ORCPT"] : ["RET", "ENVID"];
        foreach (var keyword in dsnKeywords)
        {
            if (!command.Parameters.ContainsKey(keyword)) continue;
            warnings.Add(new(SmtpLintRule.DsnNotAdvertised,
                $"{keyword}= asks for delivery status notifications (RFC 3461) but the server did not advertise DSN",
                $"the server will probably answer 555 5.5.4 Unsupported option: {keyword}, or 501/504",
                $"leave {keyword}= out"));
        }
    }

    private static void LintMailSequence(SmtpConversation conversation, IReadOnlyList<SmtpCommand> outstanding, List<SmtpLintWarning> warnings)
    {
        var helloPending = outstanding.Any(c => c.Verb is SmtpVerb.Helo or SmtpVerb.Ehlo or SmtpVerb.Lhlo);
        if (NeedsHelloAfterTls(conversation, outstanding))
        {
            warnings.Add(HelloAfterStartTls());
        }
        else if (!conversation.HelloDone && !helloPending)
        {
            warnings.Add(new(SmtpLintRule.MailBeforeHello,
                "MAIL before the server accepted EHLO or HELO",
                "Postfix answers 503 5.5.1 Error: send HELO/EHLO first, Exchange 503 5.5.2 Send hello first",
                "EHLO your-domain first"));
        }

        if (conversation.TransactionOpen || outstanding.Any(c => c.Verb == SmtpVerb.Mail))
        {
            warnings.Add(new(SmtpLintRule.NestedMail,
                "a mail transaction is already open: a second MAIL needs RSET first",
                "the server will probably answer 503 5.5.1 Error: nested MAIL command",
                "RSET, then MAIL FROM again; or go on with RCPT TO"));
        }
    }

    private static bool NeedsHelloAfterTls(SmtpConversation conversation, IReadOnlyList<SmtpCommand> outstanding) =>
        conversation.TlsActive && !conversation.HelloDone
        && !outstanding.Any(c => c.Verb is SmtpVerb.Helo or SmtpVerb.Ehlo or SmtpVerb.Lhlo);

    private static SmtpLintWarning HelloAfterStartTls()
    {
        var scope = new KnowledgeScope(KnowledgeBase.Current, null, 0);
        return new(SmtpLintRule.HelloAfterStartTls, scope.Say("lint-hello-after-starttls-problem"), scope.Say("lint-hello-after-starttls-answer"), "EHLO your-domain again");
    }

    private static string ParameterSuffix(SmtpCommand command) =>
        string.Concat(command.Parameters.Select(p => p.Value is null ? " " + p.Key : $" {p.Key}={p.Value}"));

    private static string Word(SmtpCommand command) => command.Verb switch
    {
        SmtpVerb.EndOfData => "\".\"",
        SmtpVerb.StartTls => "STARTTLS",
        SmtpVerb.Unknown => "the last line",
        var verb => verb.ToString().ToUpperInvariant(),
    };
}
