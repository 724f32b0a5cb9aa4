namespace TelnetLite.Core.Mx;

/// <summary>Where <c>open mx:DOMAIN</c> connects: the addresses to try in order, or why there is none.</summary>
/// <param name="Candidates">Every address of every mail host, most preferred host first; empty when <see cref="Refusal"/> is set.</param>
/// <param name="Refusal">Why nothing can be tried (null MX, NXDOMAIN, a failed lookup...), in words; null when there are candidates.</param>
/// <remarks>The session connects to the first candidate; when it does not answer, it says <see cref="Fallback"/> and tries
/// the next; when none answers, it says <see cref="AllFailed"/>. That is "the most preferred MX that answers"
/// (RFC 5321 §5.1).</remarks>
internal sealed record MxConnectPlan(string Domain, IReadOnlyList<MxCandidate> Candidates, string? Refusal)
{
    /// <summary>The note for the first connect: which host and why.</summary>
    public string Opening() => Candidates.Count == 0
        ? Refusal ?? $"{Domain} has no mail host to connect to."
        : $"{Domain}: connecting to {Candidates[0].Describe()}, {Candidates[0].Reason}.";

    /// <summary>The note when candidate <paramref name="failedIndex"/> did not answer: why, and which one comes next (or that none is left).</summary>
    /// <param name="why">What the connect said, e.g. <c>connection refused</c>.</param>
    public string Fallback(int failedIndex, string why)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(failedIndex, Candidates.Count);
        var failed = Candidates[failedIndex];
        if (failedIndex + 1 == Candidates.Count) return $"{failed.Describe()} did not answer ({why}); {AllFailed()}";
        var next = Candidates[failedIndex + 1];
        return $"{failed.Describe()} did not answer ({why}): trying {next.Describe()}, {next.Reason}.";
    }

    /// <summary>The note when no candidate answered.</summary>
    public string AllFailed() => Candidates.Count == 1
        ? $"it was the only address for {Domain}: no mail host of {Domain} answers."
        : $"none of the {Candidates.Count} addresses of {Domain}'s mail hosts answered.";
}
