namespace TelnetLite.Core.Scripts;

/// <summary>What an <see cref="Expectation"/> compares.</summary>
internal enum ExpectationKind
{
    /// <summary>One exact reply code, e.g. <c>!expect 250</c>.</summary>
    Code,

    /// <summary>A code prefix with <c>x</c> for any digit, e.g. <c>!expect 2xx</c> or <c>!expect 25x</c>.</summary>
    CodePattern,

    /// <summary>A regular expression over the reply's text, e.g. <c>!expect /Queued mail/</c>.</summary>
    Pattern,
}
