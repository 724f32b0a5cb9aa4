using System.Collections.ObjectModel;
using System.Text;

namespace TelnetLite.Core.Smtp;

/// <summary>Understands a line the user sends as an SMTP command (RFC 5321 §4.1 and the extensions TelnetLite follows).</summary>
/// <remarks>
/// Pure and lenient: verbs are case-insensitive, surrounding blanks are ignored, and anything unrecognised is
/// <see cref="SmtpVerb.Unknown"/> rather than an error. For MAIL and RCPT it notes what a hand-typed line often gets
/// wrong (no angle brackets, a space around the colon) so the linter can warn; the line itself is never changed.
/// It does not know the conversation: a lone "." or a message line is returned as <see cref="SmtpVerb.Unknown"/>,
/// and <see cref="SmtpConversation"/> decides what such a line really is.
/// </remarks>
internal static class SmtpCommandParser
{
    private static readonly IReadOnlyDictionary<string, string?> NoParameters = ReadOnlyDictionary<string, string?>.Empty;

    /// <summary>Parses one line sent as UTF-8, without its line ending. Never throws.</summary>
    public static SmtpCommand Parse(ReadOnlySpan<byte> line) => Parse(Encoding.UTF8.GetString(line));

    /// <summary>Parses one line, without its line ending (a trailing CR or LF is ignored). Never throws.</summary>
    public static SmtpCommand Parse(string line)
    {
        var trimmed = line.AsSpan().Trim(" \t\r\n");
        var blank = trimmed.IndexOfAny(' ', '\t');
        var verbText = blank < 0 ? trimmed : trimmed[..blank];
        var rest = blank < 0 ? "" : trimmed[blank..].TrimStart(" \t").ToString();
        var verb = VerbOf(verbText);

        return verb switch
        {
            SmtpVerb.Mail => ParsePathCommand(verb, line, rest, "FROM"),
            SmtpVerb.Rcpt => ParsePathCommand(verb, line, rest, "TO"),
            SmtpVerb.Vrfy => ParseVrfy(line, rest),
            SmtpVerb.Bdat => new SmtpCommand(verb, line, rest, null, false, false, ParseBdatParameters(rest)),
            _ => new SmtpCommand(verb, line, rest, null, false, false, NoParameters),
        };
    }

    /// <summary>For <c>BDAT n [LAST]</c>: the chunk size in octets, or null when it is missing or not a number.</summary>
    public static long? BdatChunkSize(SmtpCommand command)
    {
        if (command.Verb != SmtpVerb.Bdat) return null;
        var argument = command.Argument.AsSpan();
        var blank = argument.IndexOfAny(' ', '\t');
        var number = blank < 0 ? argument : argument[..blank];
        return long.TryParse(number, System.Globalization.NumberStyles.None, null, out var size) ? size : null;
    }

    private static SmtpVerb VerbOf(ReadOnlySpan<char> word)
    {
        Span<char> upper = stackalloc char[8];
        if (word.Length is 0 or > 8) return SmtpVerb.Unknown;
        word.ToUpperInvariant(upper);
        return upper[..word.Length] switch
        {
            "HELO" => SmtpVerb.Helo,
            "EHLO" => SmtpVerb.Ehlo,
            "LHLO" => SmtpVerb.Lhlo,
            "MAIL" => SmtpVerb.Mail,
            "RCPT" => SmtpVerb.Rcpt,
            "DATA" => SmtpVerb.Data,
            "BDAT" => SmtpVerb.Bdat,
            "RSET" => SmtpVerb.Rset,
            "NOOP" => SmtpVerb.Noop,
            "QUIT" => SmtpVerb.Quit,
            "VRFY" => SmtpVerb.Vrfy,
            "EXPN" => SmtpVerb.Expn,
            "HELP" => SmtpVerb.Help,
            "ETRN" => SmtpVerb.Etrn,
            "AUTH" => SmtpVerb.Auth,
            "STARTTLS" => SmtpVerb.StartTls,
            _ => SmtpVerb.Unknown,
        };
    }

    /// <summary>MAIL FROM:&lt;path&gt; [params] and RCPT TO:&lt;path&gt; [params] (RFC 5321 §4.1.1.2–3).</summary>
    private static SmtpCommand ParsePathCommand(SmtpVerb verb, string line, string rest, string keyword)
    {
        var spaceAroundColon = false;
        var argument = rest;
        if (rest.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
        {
            var afterKeyword = rest.AsSpan(keyword.Length);
            var afterBlanks = afterKeyword.TrimStart(" \t");
            if (afterBlanks.StartsWith(':'))
            {
                var afterColon = afterBlanks[1..];
                spaceAroundColon = afterBlanks.Length != afterKeyword.Length || afterColon.StartsWith(' ') || afterColon.StartsWith('\t');
                argument = afterColon.Trim(" \t").ToString();
            }
            else if (afterKeyword.Length != afterBlanks.Length || afterKeyword.IsEmpty)
            {
                argument = afterBlanks.ToString();
            }
        }

        var (address, brackets, parameterText) = SplitPath(argument);
        return new SmtpCommand(verb, line, argument, address, brackets, spaceAroundColon, ParseParameters(parameterText));
    }

    private static SmtpCommand ParseVrfy(string line, string rest)
    {
        var (address, brackets, _) = SplitPath(rest);
        if (brackets || address is null) return new SmtpCommand(SmtpVerb.Vrfy, line, rest, address, brackets, false, NoParameters);
        // VRFY takes a user name or a mailbox, which may contain spaces ("VRFY Smith, John"): keep the whole argument.
        return new SmtpCommand(SmtpVerb.Vrfy, line, rest, rest, false, false, NoParameters);
    }

    private static (string? Address, bool Brackets, string Parameters) SplitPath(string argument)
    {
        if (argument.Length == 0) return (null, false, "");
        if (argument[0] == '<')
        {
            var close = argument.IndexOf('>');
            if (close > 0) return (argument[1..close], true, argument[(close + 1)..]);
        }
        var blank = argument.AsSpan().IndexOfAny(' ', '\t');
        return blank < 0 ? (argument, false, "") : (argument[..blank], false, argument[(blank + 1)..]);
    }

    private static IReadOnlyDictionary<string, string?> ParseParameters(string text)
    {
        var words = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return NoParameters;
        var parameters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            var equals = word.IndexOf('=');
            var key = (equals < 0 ? word : word[..equals]).ToUpperInvariant();
            if (key.Length == 0) continue;
            parameters.TryAdd(key, equals < 0 ? null : word[(equals + 1)..]);
        }
        return parameters.Count == 0 ? NoParameters : parameters.AsReadOnly();
    }

    private static IReadOnlyDictionary<string, string?> ParseBdatParameters(string rest)
    {
        var words = rest.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[1].Equals("LAST", StringComparison.OrdinalIgnoreCase)
            ? new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["LAST"] = null }.AsReadOnly()
            : NoParameters;
    }
}
