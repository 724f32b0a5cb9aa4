namespace TelnetLite.Core.Scripts;

/// <summary>The SMTP stages a scripted run judges, each with its swaks exit code (see <see cref="ExitCode"/>).</summary>
/// <remarks>In the JSON report a stage is written in lower case: <c>greeting</c>, <c>ehlo</c>, <c>mail</c>,
/// <c>rcpt</c>, <c>data</c>, <c>message</c>, <c>quit</c>, <c>auth</c>, <c>tls</c>.</remarks>
public enum SmtpScriptStage
{
    /// <summary>The server's greeting (exit code 21).</summary>
    Greeting,

    /// <summary>EHLO, HELO or LHLO (exit code 22).</summary>
    Ehlo,

    /// <summary>MAIL FROM (exit code 23).</summary>
    Mail,

    /// <summary>RCPT TO: fails only when no recipient of the transaction was accepted (exit code 24).</summary>
    Rcpt,

    /// <summary>DATA, or a BDAT chunk before the last (exit code 25).</summary>
    Data,

    /// <summary>The reply after the lone "." (or to BDAT LAST): the message itself (exit code 26).</summary>
    Message,

    /// <summary>QUIT (exit code 27).</summary>
    Quit,

    /// <summary>AUTH and the answers to its challenges, typed or from <c>!auth</c> (exit code 28).</summary>
    Auth,

    /// <summary>STARTTLS and the TLS handshake, or the handshake of implicit TLS (exit code 29).</summary>
    Tls,
}
