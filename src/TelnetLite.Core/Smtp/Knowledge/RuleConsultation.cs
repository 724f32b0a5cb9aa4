namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// What the table says of one reply before hints and defaults, and which row said each part: the first matching row
/// (the highest priority) names the concept; each part comes from the highest matching row that has it.
/// </summary>
internal readonly record struct RuleConsultation(
    ReplyRule? Matched,
    string? Concept,
    string? Meaning,
    ReplyRule? MeaningRow,
    IReadOnlyList<string>? Causes,
    ReplyRule? CausesRow,
    string? Next,
    ReplyRule? NextRow,
    RegistryReading? Registry);
