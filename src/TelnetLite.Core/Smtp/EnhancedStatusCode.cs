namespace TelnetLite.Core.Smtp;

/// <summary>An RFC 3463 enhanced status code, <c>class.subject.detail</c>, e.g. 5.1.1.</summary>
public readonly record struct EnhancedStatusCode(int Class, int Subject, int Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Class}.{Subject}.{Detail}";

    /// <summary>Parses <c>x.y.z</c> (class 2, 4 or 5; subject and detail 0–999); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out EnhancedStatusCode code)
    {
        code = default;
        var firstDot = text.IndexOf('.');
        if (firstDot != 1) return false;
        var rest = text[2..];
        var secondDot = rest.IndexOf('.');
        if (secondDot < 1 || secondDot > 3) return false;
        var detail = rest[(secondDot + 1)..];
        if (detail.Length is < 1 or > 3) return false;
        if (!int.TryParse(text[..1], System.Globalization.NumberStyles.None, null, out var cls) || cls is not (2 or 4 or 5)) return false;
        if (!int.TryParse(rest[..secondDot], System.Globalization.NumberStyles.None, null, out var subject)) return false;
        if (!int.TryParse(detail, System.Globalization.NumberStyles.None, null, out var det)) return false;
        code = new EnhancedStatusCode(cls, subject, det);
        return true;
    }
}
