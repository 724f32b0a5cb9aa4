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
    /// <summary>Interrupted by Ctrl+C (or SIGTERM), as shells count it (128 + SIGINT).</summary>
    Interrupted = 130,
}
