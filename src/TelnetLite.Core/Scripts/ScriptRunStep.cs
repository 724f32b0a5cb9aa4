using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Scripts;

/// <summary>A step while it runs: filled in by the runner and, for what the session reports, by the dispatcher.</summary>
/// <remarks>Guarded by the runner's lock; <see cref="ToReport"/> is taken once the step is over.</remarks>
internal sealed class ScriptRunStep(int? scriptLine, string? line)
{
    public int? ScriptLine { get; } = scriptLine;

    public string? Line { get; set; } = line;

    /// <summary>True when the server answers this line: a command, not a message line.</summary>
    public bool ExpectsReply { get; set; }

    public bool Sent { get; set; }

    public SmtpReply? Reply { get; set; }

    public SmtpVerb? After { get; set; }

    public List<string> Annotation { get; } = [];

    public List<string> Warnings { get; } = [];

    public List<(string Text, bool Holds)> Expectations { get; } = [];

    public string? Dropped { get; set; }

    public long StartedAt { get; set; }

    public long? RepliedAt { get; set; }

    public long ElapsedMs { get; set; }

    /// <summary>The stage its reply belongs to, or the stage the conversation was in for a command outside them; null until judged.</summary>
    public SmtpScriptStage? Stage { get; set; }

    /// <summary>Which transaction a RCPT belongs to: a refused RCPT fails its stage only if none of its group was accepted.</summary>
    public int RcptGroup { get; set; }

    public bool ReplyFailed => Reply is { } reply && reply.Code / 100 is 4 or 5;

    public bool Ok => Expectations.Count > 0
        ? Expectations.All(e => e.Holds)
        : Dropped is null && (Sent || Line is null) && !ReplyFailed && (Reply is not null || !ExpectsReply);

    public SmtpScriptStepReport ToReport() => new(
        ScriptLine,
        Line,
        Reply is { } reply ? new SmtpScriptReplyReport(reply.Code, reply.Enhanced?.ToString(), [.. reply.Lines.Select(l => l.Raw)]) : null,
        [.. Annotation],
        [.. Warnings],
        Expectations.Count == 0 ? null : string.Join(", ", Expectations.Select(e => e.Text)),
        Ok,
        ElapsedMs,
        Dropped);
}
