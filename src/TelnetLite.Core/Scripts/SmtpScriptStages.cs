using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Scripts;

/// <summary>Which stage a reply belongs to, and what that stage is called and exits with.</summary>
internal static class SmtpScriptStages
{
    /// <summary>The stage of the command a reply answers; null for commands outside the stages (RSET, NOOP, VRFY...).</summary>
    public static SmtpScriptStage? Of(SmtpVerb? verb, SmtpCommand? command) => verb switch
    {
        SmtpVerb.Connect => SmtpScriptStage.Greeting,
        SmtpVerb.Helo or SmtpVerb.Ehlo or SmtpVerb.Lhlo => SmtpScriptStage.Ehlo,
        SmtpVerb.Mail => SmtpScriptStage.Mail,
        SmtpVerb.Rcpt => SmtpScriptStage.Rcpt,
        SmtpVerb.Data => SmtpScriptStage.Data,
        SmtpVerb.Bdat when command?.Parameters.ContainsKey("LAST") == true => SmtpScriptStage.Message,
        SmtpVerb.Bdat => SmtpScriptStage.Data,
        SmtpVerb.EndOfData => SmtpScriptStage.Message,
        SmtpVerb.Quit => SmtpScriptStage.Quit,
        SmtpVerb.Auth or SmtpVerb.AuthResponse => SmtpScriptStage.Auth,
        SmtpVerb.StartTls => SmtpScriptStage.Tls,
        _ => null,
    };

    public static ExitCode ExitCodeOf(SmtpScriptStage stage) => stage switch
    {
        SmtpScriptStage.Greeting => ExitCode.GreetingFailed,
        SmtpScriptStage.Ehlo => ExitCode.HelloFailed,
        SmtpScriptStage.Mail => ExitCode.MailFailed,
        SmtpScriptStage.Rcpt => ExitCode.RcptFailed,
        SmtpScriptStage.Data => ExitCode.DataFailed,
        SmtpScriptStage.Message => ExitCode.MessageFailed,
        SmtpScriptStage.Auth => ExitCode.AuthFailed,
        SmtpScriptStage.Tls => ExitCode.TlsFailed,
        _ => ExitCode.QuitFailed,
    };

    public static string Describe(SmtpScriptStage stage) => stage switch
    {
        SmtpScriptStage.Greeting => "the greeting",
        SmtpScriptStage.Ehlo => "EHLO/HELO",
        SmtpScriptStage.Mail => "MAIL FROM",
        SmtpScriptStage.Rcpt => "RCPT TO",
        SmtpScriptStage.Data => "DATA",
        SmtpScriptStage.Message => "the message (after the final \".\")",
        SmtpScriptStage.Auth => "AUTH",
        SmtpScriptStage.Tls => "TLS",
        _ => "QUIT",
    };
}
