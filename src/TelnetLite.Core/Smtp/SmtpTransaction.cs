namespace TelnetLite.Core.Smtp;

/// <summary>
/// The seed's walkthrough as a checklist: connect, greeting, EHLO, MAIL FROM, RCPT TO, DATA, message, ".", QUIT,
/// each with its state and elapsed time. Kept up to date by <see cref="SmtpConversation"/>.
/// </summary>
/// <remarks>
/// Read-only for views: each step is an immutable record replaced as the conversation moves, so a view may read
/// <see cref="Steps"/> at any time on the thread that feeds the conversation. A new transaction (MAIL after a finished
/// one, RSET, EHLO again, STARTTLS) sets MAIL FROM to "." back to pending; a step passed over becomes skipped.
/// </remarks>
public sealed class SmtpTransaction
{
    private readonly SmtpTransactionStep[] _steps;

    internal SmtpTransaction()
    {
        _steps = Enum.GetValues<SmtpStepKind>().Select(SmtpTransactionStep.Fresh).ToArray();
        Steps = Array.AsReadOnly(_steps);
    }

    /// <summary>Every step, in walkthrough order (indexed by <see cref="SmtpStepKind"/>).</summary>
    public IReadOnlyList<SmtpTransactionStep> Steps { get; }

    /// <summary>The step of that kind.</summary>
    public SmtpTransactionStep this[SmtpStepKind kind] => _steps[(int)kind];

    /// <summary>How many messages the server accepted on this connection (250 after "." or BDAT LAST).</summary>
    public int MessagesAccepted { get; private set; }

    /// <summary>Starts a step and marks every earlier step that never started as skipped.</summary>
    internal void Start(SmtpStepKind kind, DateTimeOffset time)
    {
        for (var earlier = 0; earlier < (int)kind; earlier++)
        {
            if (_steps[earlier] is { State: SmtpStepState.Pending, StartedAt: null } unstarted)
                _steps[earlier] = unstarted with { State = SmtpStepState.Skipped };
        }
        var step = _steps[(int)kind];
        // Several RCPT TO: once one recipient is accepted the step stays ok.
        if (kind == SmtpStepKind.RcptTo && step.State == SmtpStepState.Ok) return;
        _steps[(int)kind] = new SmtpTransactionStep(kind, SmtpStepState.Pending, time, null, null);
    }

    /// <summary>Settles a step with the reply that answered it.</summary>
    internal void Finish(SmtpStepKind kind, bool ok, DateTimeOffset time, SmtpReply? reply)
    {
        var step = _steps[(int)kind];
        if (kind == SmtpStepKind.RcptTo && step.State == SmtpStepState.Ok && !ok) return;
        var started = step.StartedAt ?? time;
        _steps[(int)kind] = new SmtpTransactionStep(kind, ok ? SmtpStepState.Ok : SmtpStepState.Failed, started,
            time - started, reply is { Lines.Count: > 0 } ? reply.Lines[^1].Raw : null);
        if (ok && kind == SmtpStepKind.EndOfData) MessagesAccepted++;
    }

    /// <summary>Marks a step skipped (e.g. the message after a refused DATA).</summary>
    internal void Skip(SmtpStepKind kind) => _steps[(int)kind] = SmtpTransactionStep.Fresh(kind) with { State = SmtpStepState.Skipped };

    /// <summary>Sets a step back to pending, never started.</summary>
    internal void Clear(SmtpStepKind kind) => _steps[(int)kind] = SmtpTransactionStep.Fresh(kind);

    /// <summary>MAIL FROM to "." back to pending: a new mail transaction begins.</summary>
    internal void ClearMailSteps()
    {
        for (var kind = SmtpStepKind.MailFrom; kind <= SmtpStepKind.EndOfData; kind++) Clear(kind);
    }

    /// <summary>True when any of MAIL FROM to "." has started or been settled.</summary>
    internal bool MailStepsTouched
    {
        get
        {
            for (var kind = SmtpStepKind.MailFrom; kind <= SmtpStepKind.EndOfData; kind++)
            {
                var step = _steps[(int)kind];
                if (step.StartedAt is not null || step.State != SmtpStepState.Pending) return true;
            }
            return false;
        }
    }
}
