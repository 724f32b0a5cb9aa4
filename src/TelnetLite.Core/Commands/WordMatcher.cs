namespace TelnetLite.Core.Commands;

/// <summary>Resolves a typed word to a full name by short form, exact name, or unique prefix, ignoring case.</summary>
/// <remarks>
/// Short forms are checked first so that Windows telnet's documented abbreviations (<c>o</c>, <c>c</c>, <c>st</c>...)
/// keep working when a newer command would make them ambiguous.
/// </remarks>
internal sealed class WordMatcher(IReadOnlyList<string> names, IReadOnlyDictionary<string, string>? shortForms = null)
{
    public IReadOnlyList<string> Names { get; } = names;

    public WordMatch Match(string word)
    {
        var typed = word.ToLowerInvariant();
        if (typed.Length == 0)
        {
            return new WordMatch(null, []);
        }

        if (shortForms is not null && shortForms.TryGetValue(typed, out var shortForm))
        {
            return new WordMatch(shortForm, [shortForm]);
        }

        if (Names.Contains(typed, StringComparer.Ordinal))
        {
            return new WordMatch(typed, [typed]);
        }

        var candidates = Names
            .Where(name => name.StartsWith(typed, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new WordMatch(candidates.Length == 1 ? candidates[0] : null, candidates);
    }
}
