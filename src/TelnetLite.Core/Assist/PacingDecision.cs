namespace TelnetLite.Core.Assist;

/// <summary>What to do with the next queued line.</summary>
/// <param name="Reason">Why a line is held or dropped, in words for standard error; null for <see cref="PacingVerdict.SendNow"/>.</param>
public sealed record PacingDecision(PacingVerdict Verdict, string? Reason = null)
{
    /// <summary>Send the line now.</summary>
    public static PacingDecision SendNow { get; } = new(PacingVerdict.SendNow);
}
