namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>An enhanced status code to match, with the class left open (<c>x.1.1</c>) or fixed (<c>5.1.1</c>).</summary>
internal readonly record struct EnhancedPattern(int? Class, int Subject, int Detail)
{
    /// <summary>Reads <c>x.s.d</c> or <c>c.s.d</c>; only ever called on the tables' own constants.</summary>
    public static EnhancedPattern Parse(string pattern)
    {
        var parts = pattern.Split('.');
        int? cls = parts[0] is "x" ? null : int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return new EnhancedPattern(
            cls,
            int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    public bool Matches(EnhancedStatusCode code) =>
        code.Subject == Subject && code.Detail == Detail && (Class is null || Class == code.Class);
}
