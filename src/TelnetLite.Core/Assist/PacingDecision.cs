namespace TelnetLite.Core.Assist;

/// <summary>What to do with the next queued line.</summary>
/// <param name="Reason">Why a line is held or dropped, in words for standard error; null for <see cref="PacingVerdict.SendNow"/>.</param>
/// <param name="SendAnywayAfter">
/// For <see cref="PacingVerdict.Wait"/>: how long the line should wait at most before it goes anyway (the server said
/// goodbye but has not closed yet); null waits for as long as the reply timeout allows.
/// </param>
public sealed record PacingDecision(PacingVerdict Verdict, string? Reason = null, TimeSpan? SendAnywayAfter = null)
{
    /// <summary>Send the line now.</summary>
    public static PacingDecision SendNow { get; } = new(PacingVerdict.SendNow);
}
