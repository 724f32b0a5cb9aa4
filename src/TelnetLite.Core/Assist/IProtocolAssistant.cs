using TelnetLite.Core.Session;

namespace TelnetLite.Core.Assist;

/// <summary>
/// Follows a conversation in one protocol and explains it: SMTP today, POP3, IMAP or HTTP later.
/// </summary>
/// <remarks>
/// Pure: it never touches a socket, a clock it was not given, or the console. The session controller feeds it every
/// <see cref="SessionEvent"/> in order and shows what it returns; the UI only displays. Must never throw on any input.
/// </remarks>
public interface IProtocolAssistant
{
    /// <summary>The protocol's short name, e.g. <c>SMTP</c>.</summary>
    string Protocol { get; }

    /// <summary>Whether the conversation has been recognised as this protocol.</summary>
    AssistRecognition Recognition { get; }

    /// <summary><c>set smtp on|off|auto</c>: forces recognition on or off, or leaves it to the assistant.</summary>
    AssistMode Mode { get; set; }

    /// <summary>One line on where the conversation stands, for a status bar (e.g. <c>SMTP: RCPT TO ok</c>).</summary>
    string Summary { get; }

    /// <summary>True when the line about to be sent is a credential (an answer to an AUTH challenge): logs redact it.</summary>
    bool IsSecret(string line);

    /// <summary>True while a command has been sent whose complete reply has not arrived.</summary>
    bool IsAwaitingReply { get; }

    /// <summary>Feeds one session event; returns the messages it produced (annotations of completed replies).</summary>
    IReadOnlyList<AssistMessage> Observe(SessionEvent sessionEvent);

    /// <summary>
    /// Checks a line the user is about to send, without changing any state: called while typing and before sending.
    /// </summary>
    IReadOnlyList<AssistMessage> Lint(string line);

    /// <summary>Decides whether a queued line (piped or pasted) may be sent now.</summary>
    /// <param name="line">The next line waiting to be sent.</param>
    /// <param name="pipelining">True when the user asked for <c>--pipeline</c>.</param>
    PacingDecision Pace(string line, bool pipelining);
}
