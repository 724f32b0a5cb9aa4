namespace TelnetLite.Core.Smtp;

/// <summary>The SMTP commands TelnetLite follows (RFC 5321 §4.1 and extensions), plus the two pseudo-commands that replies answer.</summary>
public enum SmtpVerb
{
    /// <summary>A line that is not an SMTP command.</summary>
    Unknown,
    /// <summary>The connection itself: the greeting answers it.</summary>
    Connect,
#pragma warning disable CS1591 // the verbs name themselves
    Helo, Ehlo, Lhlo, Mail, Rcpt, Data, Bdat, Rset, Noop, Quit, Vrfy, Expn, Help, Etrn, Auth, StartTls,
#pragma warning restore CS1591
    /// <summary>The lone "." that ends the message after DATA.</summary>
    EndOfData,
    /// <summary>A line sent in answer to a 334 AUTH challenge (base64).</summary>
    AuthResponse,
}
