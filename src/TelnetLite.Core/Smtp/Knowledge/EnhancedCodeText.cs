namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// Adds the enhanced code and its meaning to a reply's meaning: <c>... (5.1.1 bad destination mailbox address)</c>.
/// The common codes' text is made once and kept.
/// </summary>
internal static class EnhancedCodeText
{
    private const int CachedSubjects = 10;
    private const int CachedDetails = 100;

    // Indexed by class (2, 4, 5), subject and detail; filled on first use. Odd codes a server invents are not kept.
    private static readonly string?[] Suffixes = new string?[3 * CachedSubjects * CachedDetails];

    /// <summary>The meaning followed by the enhanced code's, and by a remark when its class contradicts the reply code.</summary>
    /// <param name="meaning">The meaning so far.</param>
    /// <param name="reply">The reply explained.</param>
    /// <param name="textWins">True when the reply's wording says something other than the code's registry meaning:
    /// the registry meaning is then named as what the code is registered for, not as what happened.</param>
    /// <param name="enhancedCode">The reply's enhanced code (its own, or qmail's from its text).</param>
    public static string Append(string meaning, SmtpReply reply, EnhancedStatusCode? enhancedCode, bool textWins = false)
    {
        if (enhancedCode is not { } enhanced) return meaning;
        if (textWins)
            return string.Concat(meaning, $" ({enhanced} is registered as \"{EnhancedStatusCatalog.Describe(enhanced)}\"; this server uses it for what its text says)");
        // "2.0.0 success" would only repeat the severity.
        if (enhanced is { Class: 2, Subject: 0, Detail: 0 } && reply.Code / 100 == 2) return meaning;
        var suffix = Suffix(enhanced);
        return reply.Code / 100 is 2 or 4 or 5 && enhanced.Class != reply.Code / 100
            ? string.Concat(meaning, suffix, Contradiction(enhanced.Class))
            : string.Concat(meaning, suffix);
    }

    private static string Suffix(EnhancedStatusCode code)
    {
        var classIndex = code.Class switch { 2 => 0, 4 => 1, 5 => 2, _ => -1 };
        if (classIndex < 0 || code.Subject is < 0 or >= CachedSubjects || code.Detail is < 0 or >= CachedDetails)
            return Describe(code);
        var index = (classIndex * CachedSubjects + code.Subject) * CachedDetails + code.Detail;
        return Suffixes[index] ??= Describe(code);
    }

    private static string Describe(EnhancedStatusCode code) => $" ({code} {EnhancedStatusCatalog.Describe(code)})";

    private static string Contradiction(int enhancedClass) => enhancedClass switch
    {
        2 => "; the enhanced code's class 2 contradicts the reply code",
        4 => "; the enhanced code's class 4 contradicts the reply code",
        5 => "; the enhanced code's class 5 contradicts the reply code",
        _ => $"; the enhanced code's class {enhancedClass} contradicts the reply code",
    };
}
