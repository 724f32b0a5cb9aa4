namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Which commands each code may answer: RFC 5321 §4.3.2, with AUTH (RFC 4954), STARTTLS (RFC 3207), ETRN (RFC 1985)
/// and RFC 7504. Codes that may answer any command (421, 500, 501...) are explained once, for any command.
/// </summary>
internal static class ReplyCommandTable
{
    private static readonly Dictionary<int, SmtpVerb?[]> Table = new()
    {
        [211] = [SmtpVerb.Help],
        [214] = [SmtpVerb.Help],
        [220] = [SmtpVerb.Connect, SmtpVerb.StartTls],
        [221] = [SmtpVerb.Quit],
        [235] = [SmtpVerb.Auth],
        [250] = [SmtpVerb.Ehlo, SmtpVerb.Helo, SmtpVerb.Mail, SmtpVerb.Rcpt, SmtpVerb.EndOfData, SmtpVerb.Rset, SmtpVerb.Noop, SmtpVerb.Vrfy, SmtpVerb.Expn],
        [251] = [SmtpVerb.Rcpt, SmtpVerb.Vrfy],
        [252] = [SmtpVerb.Vrfy, SmtpVerb.Expn],
        [334] = [SmtpVerb.Auth],
        [354] = [SmtpVerb.Data],
        [421] = [SmtpVerb.Connect, null],
        [432] = [SmtpVerb.Auth],
        [450] = [SmtpVerb.Rcpt, SmtpVerb.EndOfData],
        [451] = [SmtpVerb.Mail, SmtpVerb.Rcpt, SmtpVerb.EndOfData],
        [452] = [SmtpVerb.Mail, SmtpVerb.Rcpt, SmtpVerb.EndOfData],
        [454] = [SmtpVerb.Auth, SmtpVerb.StartTls],
        [455] = [SmtpVerb.Mail, SmtpVerb.Rcpt],
        [458] = [SmtpVerb.Etrn],
        [459] = [SmtpVerb.Etrn],
        [502] = [SmtpVerb.Ehlo, SmtpVerb.Vrfy, SmtpVerb.Expn, SmtpVerb.Help, SmtpVerb.Auth, SmtpVerb.StartTls],
        [503] = [SmtpVerb.Mail, SmtpVerb.Rcpt, SmtpVerb.Data, SmtpVerb.Auth],
        [504] = [SmtpVerb.Ehlo, SmtpVerb.Helo, SmtpVerb.Auth, null],
        [530] = [SmtpVerb.Mail, SmtpVerb.Auth],
        [534] = [SmtpVerb.Auth],
        [535] = [SmtpVerb.Auth],
        [538] = [SmtpVerb.Auth],
        [550] = [SmtpVerb.Mail, SmtpVerb.Rcpt, SmtpVerb.EndOfData, SmtpVerb.Vrfy, SmtpVerb.Expn],
        [551] = [SmtpVerb.Rcpt, SmtpVerb.Vrfy],
        [552] = [SmtpVerb.Mail, SmtpVerb.Rcpt, SmtpVerb.EndOfData],
        [553] = [SmtpVerb.Mail, SmtpVerb.Rcpt, SmtpVerb.Vrfy],
        [554] = [SmtpVerb.Connect, SmtpVerb.Data, SmtpVerb.EndOfData],
        [555] = [SmtpVerb.Mail, SmtpVerb.Rcpt],
        [556] = [SmtpVerb.Rcpt],
    };

    private static readonly SmtpVerb?[] AnyCommand = [null];

    /// <summary>The commands to explain <paramref name="code"/> after; <c>null</c> stands for any command.</summary>
    public static IReadOnlyList<SmtpVerb?> For(int code) => Table.TryGetValue(code, out var verbs) ? verbs : AnyCommand;
}
