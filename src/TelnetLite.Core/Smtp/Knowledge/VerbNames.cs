namespace TelnetLite.Core.Smtp.Knowledge;

/// <summary>Command names as people type them after <c>--after</c>, and as explanations show them.</summary>
internal static class VerbNames
{
    private static readonly Dictionary<string, SmtpVerb> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HELO"] = SmtpVerb.Helo,
        ["EHLO"] = SmtpVerb.Ehlo,
        ["LHLO"] = SmtpVerb.Lhlo,
        ["MAIL"] = SmtpVerb.Mail,
        ["RCPT"] = SmtpVerb.Rcpt,
        ["DATA"] = SmtpVerb.Data,
        ["BDAT"] = SmtpVerb.Bdat,
        ["RSET"] = SmtpVerb.Rset,
        ["VRFY"] = SmtpVerb.Vrfy,
        ["EXPN"] = SmtpVerb.Expn,
        ["HELP"] = SmtpVerb.Help,
        ["NOOP"] = SmtpVerb.Noop,
        ["QUIT"] = SmtpVerb.Quit,
        ["AUTH"] = SmtpVerb.Auth,
        ["STARTTLS"] = SmtpVerb.StartTls,
        ["ETRN"] = SmtpVerb.Etrn,
        ["connect"] = SmtpVerb.Connect,
        ["."] = SmtpVerb.EndOfData,
    };

    /// <summary>The names <c>--after</c> accepts, for error messages.</summary>
    public const string Accepted = "HELO, EHLO, LHLO, MAIL, RCPT, DATA, BDAT, RSET, VRFY, EXPN, HELP, NOOP, QUIT, AUTH, STARTTLS, ETRN, connect (the greeting) or . (the end of the message)";

    public static bool TryParse(string? name, out SmtpVerb verb) =>
        ByName.TryGetValue(name?.Trim() ?? "", out verb);

    /// <summary>The command as people type it: <c>RCPT</c>, <c>"."</c>, <c>connect</c>.</summary>
    public static string Name(SmtpVerb verb) => verb switch
    {
        SmtpVerb.Connect => "connect",
        SmtpVerb.EndOfData => "\".\"",
        SmtpVerb.StartTls => "STARTTLS",
        SmtpVerb.AuthResponse => "AUTH",
        var known => known.ToString().ToUpperInvariant(),
    };

    public static string Heading(SmtpVerb? verb) => verb switch
    {
        null => "after any command:",
        SmtpVerb.Connect => "after connect (the greeting):",
        SmtpVerb.EndOfData => "after \".\" (the end of the message):",
        SmtpVerb.StartTls => "after STARTTLS:",
        var known => $"after {known.Value.ToString().ToUpperInvariant()}:",
    };
}
