namespace TelnetLite.Core.Assist;

/// <summary>
/// Where an assisted conversation stands, as an immutable value: published by the assistant after each event, read by
/// front ends and the pacer from any thread. Nothing outside the assistant reads its mutable state.
/// </summary>
/// <param name="Protocol">The protocol's short name, e.g. <c>SMTP</c>.</param>
/// <param name="Recognition">Whether the conversation has been recognised as this protocol.</param>
/// <param name="Summary">One line for a status bar, e.g. <c>SMTP: RCPT TO ok</c>; empty when not assisting.</param>
/// <param name="IsAwaitingReply">A command was sent whose complete reply has not arrived (only while recognised).</param>
/// <param name="AwaitedReplyTo">What the awaited reply answers, in words (<c>EHLO</c>, <c>the greeting</c>); null when none.</param>
/// <param name="GreetingComplete">The server's first reply (its greeting) has arrived whole.</param>
/// <param name="NextLineIsMessageText">The next line sent is message text (after 354 until the lone ".", BDAT chunk data), not a command.</param>
/// <param name="InMessage">Between a 354 and the lone "." that ends the message: only that "." gets a reply.</param>
/// <param name="NextLineIsSecret">The next line sent answers a credential challenge (334): it must be redacted.</param>
/// <param name="LastSentWasAuth">The last line sent was an AUTH command (a credential typed ahead of its 334 is still one).</param>
/// <param name="ConversationClosed">The server said goodbye or the connection ended.</param>
/// <param name="Capabilities">What the server advertised (EHLO keywords with their parameters), in its order.</param>
/// <param name="Checklist">The transaction's steps in walkthrough order.</param>
public sealed record AssistSnapshot(
    string Protocol,
    AssistRecognition Recognition,
    string Summary,
    bool IsAwaitingReply,
    string? AwaitedReplyTo,
    bool GreetingComplete,
    bool NextLineIsMessageText,
    bool InMessage,
    bool NextLineIsSecret,
    bool LastSentWasAuth,
    bool ConversationClosed,
    IReadOnlyList<string> Capabilities,
    IReadOnlyList<ChecklistStep> Checklist)
{
    /// <summary>The state before anything was seen.</summary>
    public static AssistSnapshot Empty(string protocol) =>
        new(protocol, AssistRecognition.None, "", false, null, false, false, false, false, false, false, [], []);

    /// <summary>Whether <paramref name="line"/>, sent now, gets a reply of its own (message text does not, except the final ".").</summary>
    public bool ExpectsReplyTo(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (ConversationClosed) return false;
        if (InMessage) return line == ".";
        return !NextLineIsMessageText;
    }
}
