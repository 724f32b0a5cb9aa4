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

    public static string StartTlsThenAuth(ReplyFacts facts) =>
        $"STARTTLS, then {Ehlo(facts)} again, then AUTH LOGIN";

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
