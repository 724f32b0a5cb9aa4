namespace TelnetLite.Core.Commands;

/// <summary>What an abbreviation resolved to: one full name, several candidates, or nothing.</summary>
/// <param name="Name">The full name when exactly one matched (or a short form did); null otherwise.</param>
/// <param name="Candidates">Every full name matched, alphabetical; more than one means ambiguous.</param>
internal readonly record struct WordMatch(string? Name, IReadOnlyList<string> Candidates)
{
    public bool IsAmbiguous => Name is null && Candidates.Count > 1;
}
