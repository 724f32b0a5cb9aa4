namespace TelnetLite.Core.Smtp;

/// <summary>The steps of the seed's walkthrough, in order, as shown in the checklist view.</summary>
public enum SmtpStepKind
{
    /// <summary>Opening the TCP connection.</summary>
    Connect,
    /// <summary>The server's 220 greeting.</summary>
    Greeting,
    /// <summary>EHLO (or HELO / LHLO) and its reply.</summary>
    Ehlo,
    /// <summary>MAIL FROM and its reply.</summary>
    MailFrom,
    /// <summary>RCPT TO: ok once at least one recipient was accepted.</summary>
    RcptTo,
    /// <summary>DATA and its 354 (or the first BDAT chunk).</summary>
    Data,
    /// <summary>Typing the message, from the 354 to the lone ".".</summary>
    Message,
    /// <summary>The lone "." (or BDAT LAST) and the server's verdict on the message.</summary>
    EndOfData,
    /// <summary>QUIT and its 221.</summary>
    Quit,
}
