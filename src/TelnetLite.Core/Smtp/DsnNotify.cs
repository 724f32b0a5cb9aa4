namespace TelnetLite.Core.Smtp;

/// <summary>Checks the value of RCPT TO's NOTIFY= parameter against RFC 3461 §4.1.</summary>
/// <remarks>
/// <c>notify-esmtp-value = "NEVER" / 1#notify-list-element</c>, <c>notify-list-element = "SUCCESS" / "FAILURE" /
/// "DELAY"</c>, case-insensitive: NEVER stands alone, the others form a comma-separated list.
/// </remarks>
internal static class DsnNotify
{
    private static readonly string[] ListElements = ["SUCCESS", "FAILURE", "DELAY"];

    /// <summary>What is wrong with <paramref name="value"/>, in one sentence; null when it is valid.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "NOTIFY= has no value: RFC 3461 §4.1 wants NEVER, or a comma-separated list of SUCCESS, FAILURE and DELAY";
        var items = value.Split(',');
        var unknown = items.Where(item => !IsNever(item) && !ListElements.Contains(item, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            var named = string.Join(", ", unknown.Select(item => item.Length == 0 ? "an empty item" : $"\"{item}\""));
            return $"NOTIFY={value} is not valid: {named} is no NOTIFY keyword (RFC 3461 §4.1 allows NEVER, or a comma-separated list of SUCCESS, FAILURE and DELAY)";
        }
        if (items.Length > 1 && items.Any(IsNever))
            return $"NOTIFY={value} is not valid: NEVER must stand alone (RFC 3461 §4.1), it cannot be combined with SUCCESS, FAILURE or DELAY";
        return null;
    }

    /// <summary>A valid value close to <paramref name="value"/>: its list keywords, upper-case, each once; SUCCESS,FAILURE when it has none.</summary>
    public static string Suggested(string? value)
    {
        var kept = (value ?? "").Split(',')
            .Select(item => item.ToUpperInvariant())
            .Where(item => ListElements.Contains(item))
            .Distinct()
            .ToList();
        return kept.Count == 0 ? "SUCCESS,FAILURE" : string.Join(',', kept);
    }

    /// <summary>The RCPT TO line to type instead: a valid address (or placeholder), NOTIFY corrected, other parameters kept.</summary>
    public static string SuggestedCommand(SmtpCommand command, string? senderDomain)
    {
        command.Parameters.TryGetValue("NOTIFY", out var notify);
        var parameters = string.Concat(command.Parameters.Select(p =>
            p.Key == "NOTIFY" ? $" NOTIFY={Suggested(notify)}" : p.Value is null ? " " + p.Key : $" {p.Key}={p.Value}"));
        return $"{SmtpMailbox.SuggestedPath(command, senderDomain, parameters)}, or NOTIFY=NEVER alone for no notification";
    }

    /// <summary>What a valid NOTIFY= value asks for, in one sentence (RFC 3461 §4.1).</summary>
    public static string Describe(string value)
    {
        if (value.Split(',').Any(IsNever)) return $"NOTIFY={value} asks for no delivery status notification at all (DSN, RFC 3461)";
        var when = value.Split(',').Select(item => item.ToUpperInvariant() switch
        {
            "SUCCESS" => "when it is delivered",
            "FAILURE" => "when delivery fails",
            _ => "when delivery is delayed",
        });
        return $"NOTIFY={value} asks for delivery status notifications (DSN, RFC 3461): a report to the sender {string.Join(" and ", when)}";
    }

    private static bool IsNever(string item) => item.Equals("NEVER", StringComparison.OrdinalIgnoreCase);
}
