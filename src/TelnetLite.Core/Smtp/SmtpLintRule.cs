namespace TelnetLite.Core.Smtp;

/// <summary>The mistakes <see cref="SmtpLinter"/> looks for in a line about to be sent.</summary>
internal enum SmtpLintRule
{
    /// <summary>MAIL FROM / RCPT TO address without &lt;angle brackets&gt; (RFC 5321 §4.1.2).</summary>
    MissingAngleBrackets,
    /// <summary>A space before or after the colon of MAIL FROM: / RCPT TO: (RFC 5321 §3.3).</summary>
    SpaceAroundColon,
    /// <summary>MAIL (or RCPT, DATA) before the server accepted EHLO or HELO.</summary>
    MailBeforeHello,
    /// <summary>MAIL or AUTH after STARTTLS without a new EHLO (RFC 3207 §4.2).</summary>
    HelloAfterStartTls,
    /// <summary>DATA with no recipient accepted (and none waiting for its reply).</summary>
    DataWithoutRecipient,
    /// <summary>A command typed while a reply is pending, the server not having advertised PIPELINING (RFC 2920), or before the greeting.</summary>
    ReplyPending,
    /// <summary>A second MAIL while a transaction is open, without RSET.</summary>
    NestedMail,
    /// <summary>AUTH while the server advertises STARTTLS but not AUTH: it wants TLS first.</summary>
    AuthBeforeStartTls,
    /// <summary>NOTIFY=, ORCPT=, RET= or ENVID= when the server did not advertise DSN (RFC 3461).</summary>
    DsnNotAdvertised,
    /// <summary>Non-ASCII text without SMTPUTF8 (commands) or 8BITMIME / SMTPUTF8 (message lines).</summary>
    NonAscii,
    /// <summary>A command longer than 512 octets including CRLF (RFC 5321 §4.5.3.1.4).</summary>
    CommandTooLong,
    /// <summary>A message line longer than 998 octets (RFC 5321 §4.5.3.1.6, RFC 5322 §2.1.1).</summary>
    TextLineTooLong,
    /// <summary>A message line after header fields that is neither a header nor the blank line that must end them.</summary>
    MissingBlankLineAfterHeaders,
    /// <summary>A message line starting with "." that is not the end: the server removes one dot (RFC 5321 §4.5.2).</summary>
    LeadingDot,
    /// <summary>A "." with blanks around it: it does not end the message.</summary>
    DotNotAlone,
    /// <summary>Not a mistake: the lone "." ends the message.</summary>
    EndOfMessageReminder,
    /// <summary>STARTTLS while TLS is already on (RFC 3207 §4.2: it may be given once).</summary>
    StartTlsTwice,
    /// <summary>STARTTLS before an accepted EHLO: the server has not said it offers it.</summary>
    StartTlsBeforeHello,
    /// <summary>STARTTLS to a server whose EHLO reply did not list it.</summary>
    StartTlsNotOffered,
    /// <summary>AUTH in clear text while the server offers STARTTLS: the credentials would be readable on the path.</summary>
    AuthInClear,
    /// <summary>A NOTIFY= value RFC 3461 §4.1 does not allow: NEVER combined with others, an unknown or empty keyword.</summary>
    InvalidNotify,
    /// <summary>A MAIL FROM or RCPT TO address without @: a lenient server takes it for a local user name.</summary>
    AddressWithoutAt,
    /// <summary>An EHLO/HELO name that is no host name (an underscore, two dots...), RFC 5321 §4.1.1.1 and RFC 1123 §2.1.</summary>
    InvalidHelloName,
    /// <summary>RCPT TO while no MAIL FROM was accepted (or is waiting for its reply).</summary>
    RcptBeforeMail,
    /// <summary>An internationalised domain name without SMTPUTF8: its ASCII form (A-label, <c>xn--</c>) is offered.</summary>
    NonAsciiDomain,
}
