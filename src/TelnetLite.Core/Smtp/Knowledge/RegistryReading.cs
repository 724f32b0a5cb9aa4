namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// What an enhanced code means by the registry (RFC 3463, RFC 5248), as the table's <c>registry</c> section reads
/// it: the fallback when no row reads the reply's wording, and what a wording row is compared with.
/// </summary>
/// <param name="Pattern">The codes it covers.</param>
/// <param name="Written">The pattern as the table writes it (<c>x.2.2</c>).</param>
/// <param name="Concept">What the code means.</param>
/// <param name="Causes">The cause sentences.</param>
/// <param name="CauseIds">The causes' ids.</param>
/// <param name="General">True when the code is too general to contradict what a wording says.</param>
internal sealed record RegistryReading(EnhancedPattern Pattern, string Written, string Concept, IReadOnlyList<string> Causes, IReadOnlyList<string> CauseIds, bool General);
