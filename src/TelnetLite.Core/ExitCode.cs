namespace TelnetLite.Core;

/// <summary>TelnetLite's exit codes, one table for every mode; the SMTP stage codes follow swaks's numbers.</summary>
public enum ExitCode
{
    /// <summary>Normal end, including an orderly close by the server.</summary>
    Ok = 0,
    /// <summary>Usage error or bad input: a bad option, a bad script, an unparsable reply for <c>explain</c>.</summary>
    BadInput = 1,
    /// <summary>Could not connect.</summary>
    ConnectFailed = 2,
    /// <summary>The connection was lost abnormally (reset, I/O error).</summary>
    ConnectionLost = 3,
    /// <summary>A reply did not come within <c>--reply-timeout</c>.</summary>
    ReplyTimeout = 4,
    /// <summary>A DNS lookup got no usable answer: no answer in time, SERVFAIL, REFUSED, or the DNS server could not
    /// be reached (<c>telnetlite mx</c>, <c>mx:DOMAIN</c>).</summary>
    DnsLookupFailed = 5,
    /// <summary>The domain has nowhere to deliver mail: it does not exist (NXDOMAIN), it publishes a null MX (RFC 7505),
    /// or it has neither an MX record nor an address (<c>telnetlite mx</c>, <c>mx:DOMAIN</c>).</summary>
    NoMailHost = 6,
    /// <summary>The greeting was a failure.</summary>
    GreetingFailed = 21,
    /// <summary>EHLO/HELO was refused.</summary>
    HelloFailed = 22,
    /// <summary>MAIL FROM was refused.</summary>
    MailFailed = 23,
    /// <summary>No recipient was accepted.</summary>
    RcptFailed = 24,
    /// <summary>DATA was refused.</summary>
    DataFailed = 25,
    /// <summary>The message was refused after the final dot.</summary>
    MessageFailed = 26,
    /// <summary>QUIT was refused.</summary>
    QuitFailed = 27,
    /// <summary>AUTH failed: the server refused the credentials or the mechanism (535, 534, 538, 454...), or the
    /// exchange was cancelled.</summary>
    AuthFailed = 28,
    /// <summary>TLS failed: STARTTLS was refused, or the handshake failed (an invalid certificate, no shared protocol or
    /// cipher, a plaintext reply where TLS was expected, a timeout).</summary>
    TlsFailed = 29,
    /// <summary>Interrupted by Ctrl+C (or SIGTERM), as shells count it (128 + SIGINT).</summary>
    Interrupted = 130,
}
