namespace TelnetLite.Core.Smtp;

/// <summary>The checklist's names for the seed's steps, as a person reads them.</summary>
internal static class SmtpStepNames
{
    /// <summary>The step's short name: <c>connect</c>, <c>greeting</c>, <c>EHLO</c>, <c>MAIL FROM</c>, <c>RCPT TO</c>, <c>DATA</c>, <c>message</c>, <c>.</c>, <c>QUIT</c>.</summary>
    public static string Describe(SmtpStepKind kind) => kind switch
    {
        SmtpStepKind.Connect => "connect",
        SmtpStepKind.Greeting => "greeting",
        SmtpStepKind.Ehlo => "EHLO",
        SmtpStepKind.MailFrom => "MAIL FROM",
        SmtpStepKind.RcptTo => "RCPT TO",
        SmtpStepKind.Data => "DATA",
        SmtpStepKind.Message => "message",
        SmtpStepKind.EndOfData => "end of message (.)",
        SmtpStepKind.Quit => "QUIT",
        _ => kind.ToString(),
    };
}
