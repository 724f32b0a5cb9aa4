namespace TelnetLite.Core.Smtp;

/// <summary>One thing wrong with a line about to be sent, and what the server will probably answer.</summary>
/// <param name="Rule">Which check fired.</param>
/// <param name="Problem">What is wrong, in one sentence without a final full stop.</param>
/// <param name="LikelyAnswer">What the server will probably do or answer.</param>
/// <param name="Fix">What to type instead, or null when there is nothing to change.</param>
internal sealed record SmtpLintWarning(SmtpLintRule Rule, string Problem, string LikelyAnswer, string? Fix)
{
    /// <summary>True for <see cref="SmtpLintRule.EndOfMessageReminder"/>, which is information, not a mistake.</summary>
    public bool IsReminder => Rule == SmtpLintRule.EndOfMessageReminder;

    /// <summary>As text lines without marker: <c>warning: &lt;problem&gt;; &lt;likely answer&gt;</c>, then <c>next: &lt;fix&gt;</c>.</summary>
    public IReadOnlyList<string> ToLines() =>
        Fix is null ? [$"warning: {Problem}; {LikelyAnswer}"] : [$"warning: {Problem}; {LikelyAnswer}", $"next: {Fix}"];
}
