namespace TelnetLite.Core.Smtp;

/// <summary>RFC 2920 §3.1: which commands may be followed by more commands before their reply arrives.</summary>
internal static class SmtpPipelining
{
    /// <summary>
    /// MAIL, RCPT, RSET, BDAT (RFC 3030 §4.2) and the end of the message may appear anywhere in a group; every other
    /// command (EHLO, DATA, AUTH, STARTTLS, QUIT, NOOP, VRFY, EXPN...) must be the last of its group.
    /// </summary>
    public static bool IsGroupable(SmtpVerb verb) =>
        verb is SmtpVerb.Mail or SmtpVerb.Rcpt or SmtpVerb.Rset or SmtpVerb.Bdat or SmtpVerb.EndOfData;

    /// <summary>True when the server advertised PIPELINING in its last EHLO reply.</summary>
    public static bool Advertised(SmtpConversation conversation) => conversation.Capabilities?.Has("PIPELINING") == true;
}
