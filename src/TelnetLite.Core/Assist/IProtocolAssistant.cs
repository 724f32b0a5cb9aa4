namespace TelnetLite.Core.Assist;

/// <summary>
/// Follows a conversation in one protocol and explains it: SMTP today, POP3, IMAP or HTTP later.
/// </summary>
/// <remarks>
/// Pure: it never touches a socket, a clock it was not given, or the console. The session feeds it every
/// <see cref="SessionEvent"/> in order and publishes the events it returns. Must never throw on any input.
/// Not thread-safe except where a member says so: the controller calls it under one lock, and front ends read
/// <see cref="Snapshot"/>.
/// </remarks>
public interface IProtocolAssistant
{
    /// <summary>The protocol's short name, e.g. <c>SMTP</c>.</summary>
    string Protocol { get; }

    /// <summary>Whether the conversation has been recognised as this protocol.</summary>
    AssistRecognition Recognition { get; }

    /// <summary><c>set smtp on|off|auto</c>: forces recognition on or off, or leaves it to the assistant.</summary>
    AssistMode Mode { get; set; }

    /// <summary>The conversation's state as of the last event; safe to read from any thread.</summary>
    AssistSnapshot Snapshot { get; }

    /// <summary>
    /// True when the line about to be sent is a credential (an answer to an AUTH challenge): logs redact it.
    /// Judged from <see cref="Snapshot"/>, so safe to call from any thread.
    /// </summary>
    bool IsSecret(string line);

    /// <summary>
    /// True when <paramref name="line"/> is a command of this protocol (<c>EHLO</c>, <c>MAIL FROM:</c>...): piped input
    /// that starts with one is talking to a server that speaks first, so its greeting is awaited.
    /// </summary>
    bool IsCommand(string line);

    /// <summary>
    /// True when <paramref name="line"/>, sent now, asks the server to start TLS (SMTP's <c>STARTTLS</c>): the session
    /// then switches to TLS when the server's reply says yes.
    /// </summary>
    bool StartsTls(string line);

    /// <summary>
    /// Whether received lines would change anything the assistant says or knows now. False while it is sure the
    /// conversation is not its protocol and nothing it saw sent awaits an answer: the session then need not cut a
    /// flood into lines for it. Read from the session's read loop: must only read state.
    /// </summary>
    bool WantsLines { get; }

    /// <summary>Feeds one session event; returns what it has to say about it (annotations of completed replies...).</summary>
    IReadOnlyList<AssistEvent> Observe(SessionEvent sessionEvent);

    /// <summary>
    /// Checks a line the user is about to send, without changing any state: called while typing and before sending.
    /// </summary>
    IReadOnlyList<AssistMessage> Lint(string line);

    /// <summary>Decides whether a queued line (piped, pasted or scripted) may be sent now.</summary>
    /// <param name="line">The next line waiting to be sent.</param>
    /// <param name="pipelining">True when the user asked for <c>--pipeline</c>.</param>
    /// <remarks>A <see cref="PacingVerdict.Drop"/> is final: do not ask again about the same line.</remarks>
    PacingDecision Pace(string line, bool pipelining);
}
