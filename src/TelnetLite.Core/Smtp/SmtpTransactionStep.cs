namespace TelnetLite.Core.Smtp;

/// <summary>One line of the transaction checklist.</summary>
/// <param name="Kind">Which step.</param>
/// <param name="State">Pending, ok, failed or skipped.</param>
/// <param name="StartedAt">When the command went out (or the step began); null when not started.</param>
/// <param name="Elapsed">From <paramref name="StartedAt"/> to the reply that settled the step; null while unsettled.</param>
/// <param name="Reply">The settling reply's last line as received (e.g. <c>250 2.1.0 Sender OK</c>); null when none.</param>
public sealed record SmtpTransactionStep(
    SmtpStepKind Kind,
    SmtpStepState State,
    DateTimeOffset? StartedAt,
    TimeSpan? Elapsed,
    string? Reply)
{
    /// <summary>True while the step has started and waits for its reply.</summary>
    public bool InProgress => State == SmtpStepState.Pending && StartedAt is not null;

    internal static SmtpTransactionStep Fresh(SmtpStepKind kind) => new(kind, SmtpStepState.Pending, null, null, null);
}
