using System.Globalization;

namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>
/// An enhanced status code to match, as the table writes it: the class left open (<c>x.1.1</c>) or fixed
/// (<c>5.1.1</c>), the detail one number or a range (<c>x.7.606-649</c>, Exchange Online's banned-IP codes).
/// </summary>
internal readonly record struct EnhancedPattern(int? Class, int Subject, int Detail, int DetailMax)
{
    /// <summary>Reads a pattern; false for anything else.</summary>
    public static bool TryParse(string text, out EnhancedPattern pattern)
    {
        pattern = default;
        var parts = text.Split('.');
        if (parts.Length != 3) return false;
        int? cls = null;
        if (parts[0] != "x")
        {
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var fixedClass) || fixedClass is not (2 or 4 or 5)) return false;
            cls = fixedClass;
        }
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var subject)) return false;
        var range = parts[2].Split('-');
        if (range.Length > 2 || !int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var detail)) return false;
        var max = detail;
        if (range.Length == 2 && (!int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out max) || max < detail)) return false;
        pattern = new EnhancedPattern(cls, subject, detail, max);
        return true;
    }

    public bool Matches(EnhancedStatusCode code) =>
        code.Subject == Subject && code.Detail >= Detail && code.Detail <= DetailMax && (Class is null || Class == code.Class);
}
