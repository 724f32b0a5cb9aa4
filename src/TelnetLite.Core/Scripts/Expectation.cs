using System.Text.RegularExpressions;

namespace TelnetLite.Core.Scripts;

/// <summary>What a script's <c>!expect</c> line requires of the last reply.</summary>
/// <remarks>
/// Three forms: a reply code (<c>250</c>), a code pattern whose first digit is 1 to 5 and whose later digits may be
/// <c>x</c> for any digit (<c>2xx</c>, <c>25x</c>), or <c>/regex/</c> (<c>/regex/i</c> ignores case) searched for in the reply
/// text. A regex gets at most one second per match; one that runs longer counts as not matching.
/// </remarks>
internal sealed class Expectation
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly Regex? _regex;

    private Expectation(string text, ExpectationKind kind, Regex? regex)
    {
        Text = text;
        Kind = kind;
        _regex = regex;
    }

    /// <summary>The expectation as written after <c>!expect</c>, e.g. <c>2xx</c>.</summary>
    public string Text { get; }

    /// <summary>Which of the three forms this is.</summary>
    public ExpectationKind Kind { get; }

    /// <summary>Reads an expectation; false with the reason in <paramref name="error"/> when it is not one. Never throws.</summary>
    public static bool TryParse(string text, out Expectation? expectation, out string? error)
    {
        expectation = null;
        error = null;
        text = (text ?? "").Trim();
        if (text.Length == 0)
        {
            error = "!expect needs a reply code (250), a code pattern (2xx) or a /regex/";
            return false;
        }

        if (text[0] == '/') return TryParseRegex(text, out expectation, out error);

        if (!IsCodePattern(text))
        {
            error = $"'{text}' is not a reply code: write three digits (250), a class (2xx, 25x) or a /regex/";
            return false;
        }

        expectation = new Expectation(text, text.Contains('x', StringComparison.OrdinalIgnoreCase) ? ExpectationKind.CodePattern : ExpectationKind.Code, null);
        return true;
    }

    /// <summary>Whether a reply meets the expectation.</summary>
    /// <param name="code">The reply code.</param>
    /// <param name="replyText">The reply as received, each line with its code, lines joined by CR LF or LF; only a
    /// <see cref="ExpectationKind.Pattern"/> looks at it.</param>
    public bool Matches(int code, string replyText)
    {
        if (_regex is not null)
        {
            try
            {
                return _regex.IsMatch(replyText ?? "");
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        if (code is < 100 or > 999) return false;
        var digits = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 3; i++)
        {
            if (Text[i] is not ('x' or 'X') && Text[i] != digits[i]) return false;
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static bool IsCodePattern(string text)
    {
        if (text.Length != 3 || text[0] is < '1' or > '5') return false;
        var wildcard = false;
        for (var i = 1; i < 3; i++)
        {
            var isX = text[i] is 'x' or 'X';
            // 2x0 would read as a typo more than an intent; wildcards only run to the end.
            if (wildcard && !isX) return false;
            if (!isX && !char.IsAsciiDigit(text[i])) return false;
            wildcard |= isX;
        }

        return true;
    }

    private static bool TryParseRegex(string text, out Expectation? expectation, out string? error)
    {
        expectation = null;
        error = null;
        var ignoreCase = text.Length > 2 && text.EndsWith("/i", StringComparison.Ordinal);
        var body = ignoreCase ? text[..^1] : text;
        if (body.Length < 2 || body[^1] != '/')
        {
            error = $"'{text}' is not a /regex/: it must end with / (or /i)";
            return false;
        }

        var pattern = body[1..^1];
        if (pattern.Length == 0)
        {
            error = "the /regex/ is empty";
            return false;
        }

        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            expectation = new Expectation(text, ExpectationKind.Pattern, new Regex(pattern, options, MatchTimeout));
            return true;
        }
        catch (ArgumentException e)
        {
            error = $"bad regex /{pattern}/: {e.Message}";
            return false;
        }
    }
}
