using TelnetLite.Core.Assist;

namespace TelnetLite.Tests.Support;

/// <summary>An assistant whose answers the test sets: recognition, lint warnings and pacing verdicts.</summary>
internal sealed class FakeAssistant : IProtocolAssistant
{
    public string Protocol => "SMTP";

    public AssistRecognition Recognition { get; set; }

    public AssistMode Mode { get; set; }

    public bool IsAwaitingReply { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Lines the test says are credentials.</summary>
    public HashSet<string> Secrets { get; } = [];

    public bool IsSecret(string line) => Secrets.Contains(line);

    /// <summary>What Pace answers; SendNow unless a test says otherwise.</summary>
    public Func<string, PacingDecision> Pacing { get; set; } = _ => PacingDecision.SendNow;

    public Func<string, IReadOnlyList<AssistMessage>> Linting { get; set; } = _ => [];

    public List<string> PacedLines { get; } = [];

    public AssistSnapshot Snapshot => AssistSnapshot.Empty(Protocol) with
    {
        Recognition = Recognition,
        Summary = Summary,
        IsAwaitingReply = IsAwaitingReply,
    };

    public bool IsCommand(string line) => false;

    public bool StartsTls(string line) => false;

    public bool WantsLines => true;

    public IReadOnlyList<AssistEvent> Observe(SessionEvent sessionEvent) => [];

    public IReadOnlyList<AssistMessage> Lint(string line) => Linting(line);

    public PacingDecision Pace(string line, bool pipelining)
    {
        PacedLines.Add(line);
        return Pacing(line);
    }
}
