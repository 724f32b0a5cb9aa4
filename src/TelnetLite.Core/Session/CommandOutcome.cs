namespace TelnetLite.Core.Session;

/// <summary>The result of a command-mode line.</summary>
/// <param name="Output">Lines to show under the command (already in the transcript too).</param>
/// <param name="FollowUp">What the front end should do next.</param>
/// <param name="Argument">For <see cref="CommandFollowUp.SaveTranscript"/>: the path.</param>
public sealed record CommandOutcome(IReadOnlyList<string> Output, CommandFollowUp FollowUp, string? Argument = null);
