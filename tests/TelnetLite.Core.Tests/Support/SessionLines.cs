using System.Runtime.CompilerServices;
using TelnetLite.Core.Assist;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Tests.Support;

/// <summary>
/// Cuts received bytes into line events as the session does, so a test can hand a subscriber (the assistant, the log)
/// what a live session would: the lines a chunk completes, and the unfinished line (a prompt) before a line is sent,
/// when the connection goes quiet and when it ends.
/// </summary>
internal sealed class SessionLines
{
    private readonly ReceivedLineAssembler _assembler = new();
    private DateTimeOffset _lastData;

    /// <summary>The events a live session delivers for <paramref name="sessionEvent"/>, in order.</summary>
    public IReadOnlyList<SessionEvent> For(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case DataReceivedEvent data:
                _lastData = data.Time;
                var lines = _assembler.Feed(data.Data.Span);
                return lines.Count > 0 ? [data, new LinesReceivedEvent(data.Time, lines)] : [data];
            case LineSentEvent or ClosedEvent or ReceiveIdleEvent:
                return _assembler.TakePartial() is { } partial
                    ? [new LinesReceivedEvent(_lastData, [partial]), sessionEvent]
                    : [sessionEvent];
            case ConnectingEvent or ConnectedEvent:
                _assembler.TakePartial();
                return [sessionEvent];
            default:
                return [sessionEvent];
        }
    }

    /// <summary>The unfinished line as the session delivers it before a log file changes; empty when none.</summary>
    public IReadOnlyList<SessionEvent> FlushPartial() =>
        _assembler.TakePartial() is { } partial ? [new LinesReceivedEvent(_lastData, [partial])] : [];
}

/// <summary>Feeds an assistant raw session events as a live session would, cutting received bytes into lines first.</summary>
internal static class AssistantFeeding
{
    private static readonly ConditionalWeakTable<IProtocolAssistant, SessionLines> Cutters = [];

    /// <summary>What the assistant says about <paramref name="sessionEvent"/> (received bytes are cut as the session cuts them).</summary>
    public static IReadOnlyList<AssistEvent> Feed(this IProtocolAssistant assistant, SessionEvent sessionEvent)
    {
        var said = new List<AssistEvent>();
        foreach (var delivered in Cutters.GetOrCreateValue(assistant).For(sessionEvent)) said.AddRange(assistant.Observe(delivered));
        return said;
    }

    extension(AssistEvent assistEvent)
    {
        /// <summary>The message's lines.</summary>
        public IReadOnlyList<string> Lines => assistEvent.Message.Lines;

        /// <summary>The message's severity.</summary>
        public AssistSeverity Severity => assistEvent.Message.Severity;
    }
}
