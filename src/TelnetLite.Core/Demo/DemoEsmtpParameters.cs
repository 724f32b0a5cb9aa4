namespace TelnetLite.Core.Demo;

/// <summary>Which ESMTP parameters MAIL FROM and RCPT TO accept: those of the extensions EHLO advertises.</summary>
internal static class DemoEsmtpParameters
{
    private static readonly string[] NotifyConditions = ["SUCCESS", "FAILURE", "DELAY"];

    /// <summary>SIZE (RFC 1870), BODY (RFC 6152, RFC 3030), RET and ENVID (RFC 3461).</summary>
    public static bool IsValidMailParameter(string key, string? value) => key switch
    {
        "SIZE" => value is { Length: > 0 and <= 18 } && value.All(char.IsAsciiDigit),
        "BODY" => value is not null && (value.Equals("7BIT", StringComparison.OrdinalIgnoreCase)
            || value.Equals("8BITMIME", StringComparison.OrdinalIgnoreCase)
            || value.Equals("BINARYMIME", StringComparison.OrdinalIgnoreCase)),
        "RET" => value is not null && (value.Equals("FULL", StringComparison.OrdinalIgnoreCase) || value.Equals("HDRS", StringComparison.OrdinalIgnoreCase)),
        "ENVID" or "AUTH" => !string.IsNullOrEmpty(value),
        _ => false,
    };

    /// <summary>NOTIFY (NEVER, or any of SUCCESS, FAILURE, DELAY) and ORCPT (RFC 3461).</summary>
    public static bool IsValidRcptParameter(string key, string? value) => key switch
    {
        "NOTIFY" => value is not null && IsValidNotify(value),
        "ORCPT" => value is not null && value.IndexOf(';') > 0 && value.IndexOf(';') < value.Length - 1,
        _ => false,
    };

    private static bool IsValidNotify(string value)
    {
        if (value.Equals("NEVER", StringComparison.OrdinalIgnoreCase)) return true;
        var conditions = value.Split(',');
        return conditions.All(c => NotifyConditions.Contains(c, StringComparer.OrdinalIgnoreCase))
            && conditions.Distinct(StringComparer.OrdinalIgnoreCase).Count() == conditions.Length;
    }
}
