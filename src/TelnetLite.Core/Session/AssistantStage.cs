using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Session;

/// <summary>
/// The protocol assistant's place in the pipeline: feeds it every event under one lock and publishes what it says as
/// events of their own, delivered right after the event they explain.
/// </summary>
/// <remarks>
/// The assistant is single-threaded; this is the one place that calls it, so the dispatcher (observing) and front ends
/// (linting while typing, pacing from their own tasks) never meet inside it. Front ends read its snapshot instead.
/// </remarks>
internal sealed class AssistantStage : ISessionObserver
{
    private readonly IProtocolAssistant _assistant;
    private readonly Action<SessionEvent> _publish;
    private readonly Lock _gate = new();

    /// <param name="publish">Posts an event through the session (from the dispatcher, it goes right after the current one).</param>
    public AssistantStage(IProtocolAssistant assistant, Action<SessionEvent> publish)
    {
        _assistant = assistant;
        _publish = publish;
    }

    public IProtocolAssistant Assistant => _assistant;

    public AssistSnapshot Snapshot => _assistant.Snapshot;

    public AssistMode Mode
    {
        get
        {
            lock (_gate) return _assistant.Mode;
        }
        set
        {
            lock (_gate) _assistant.Mode = value;
        }
    }

    public void OnSessionEvent(SessionEvent sessionEvent)
    {
        // The assistant's own events come back through here; it has nothing to say about what it said.
        if (sessionEvent is AssistEvent) return;
        IReadOnlyList<AssistEvent> said;
        lock (_gate) said = _assistant.Observe(sessionEvent);
        foreach (var assistEvent in said) _publish(assistEvent);
    }

    public IReadOnlyList<AssistMessage> Lint(string line)
    {
        lock (_gate) return _assistant.Lint(line);
    }

    public PacingDecision Pace(string line, bool pipelining)
    {
        lock (_gate) return _assistant.Pace(line, pipelining);
    }

    public bool IsSecret(string line) => _assistant.IsSecret(line);
}
