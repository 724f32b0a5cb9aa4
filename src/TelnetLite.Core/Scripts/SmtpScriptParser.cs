using System.Globalization;
using System.Text;
using TelnetLite.Core.Auth;
using TelnetLite.Core.Mx;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Scripts;

/// <summary>Reads a script: what a person would type, one line per line sent, plus comments and directives.</summary>
/// <remarks>
/// <para>Syntax, line by line: <c>#</c> starts a comment; <c>!</c> starts a directive (<c>!expect 250</c>,
/// <c>!expect 2xx</c>, <c>!expect /regex/</c>, <c>!open [--tls|--no-tls] host [port]</c>, <c>!open mx:DOMAIN [port]</c>,
/// <c>!set logfile FILE</c>, <c>!sleep SECONDS</c>, <c>!starttls</c>, <c>!auth MECHANISM USER</c>; names ignore case); every other line, the empty line included, is sent as typed. A line
/// to send that starts with <c>#</c> or <c>!</c> is written doubled (<c>##</c>, <c>!!</c>) and sent with one
/// removed. Lines end with LF or CR LF; a last line without one counts.</para>
/// <para>The parser is pure and resumable: feed text in chunks split anywhere with <see cref="Append"/>, then call
/// <see cref="Complete"/>. It never throws on bad input; each bad line becomes a <see cref="SmtpScriptError"/>.</para>
/// </remarks>
internal sealed class SmtpScriptParser
{
    private const double MaxSleepSeconds = 3600;
    private readonly List<SmtpScriptStep> _steps = [];
    private readonly List<SmtpScriptError> _errors = [];
    private readonly StringBuilder _partial = new();
    private int _lineNumber;

    /// <summary>Parses a whole script.</summary>
    public static SmtpScript Parse(string text)
    {
        var parser = new SmtpScriptParser();
        parser.Append(text);
        return parser.Complete();
    }

    /// <summary>Feeds the next piece of the script; complete lines are parsed at once.</summary>
    public void Append(ReadOnlySpan<char> chunk)
    {
        while (chunk.Length > 0)
        {
            var newline = chunk.IndexOf('\n');
            if (newline < 0)
            {
                _partial.Append(chunk);
                return;
            }

            _partial.Append(chunk[..newline]);
            chunk = chunk[(newline + 1)..];
            TakeLine();
        }
    }

    /// <summary>Ends the input: parses the last line if it had no line ending and returns the script.</summary>
    public SmtpScript Complete()
    {
        if (_partial.Length > 0) TakeLine();
        return new SmtpScript([.. _steps], [.. _errors]);
    }

    private void TakeLine()
    {
        var line = _partial.ToString();
        _partial.Clear();
        if (line.EndsWith('\r')) line = line[..^1];
        _lineNumber++;
        ParseLine(line);
    }

    private void ParseLine(string line)
    {
        if (line.StartsWith("##", StringComparison.Ordinal) || line.StartsWith("!!", StringComparison.Ordinal))
        {
            _steps.Add(new SendLineStep(_lineNumber, line[1..]));
        }
        else if (line.StartsWith('#'))
        {
            // A comment: nothing to do.
        }
        else if (line.StartsWith('!'))
        {
            ParseDirective(line[1..]);
        }
        else
        {
            _steps.Add(new SendLineStep(_lineNumber, line));
        }
    }

    private void ParseDirective(string directive)
    {
        var trimmed = directive.Trim();
        var split = trimmed.IndexOfAny([' ', '\t']);
        var name = split < 0 ? trimmed : trimmed[..split];
        var rest = split < 0 ? "" : trimmed[(split + 1)..].Trim();
        switch (name.ToLowerInvariant())
        {
            case "":
                Fail("an empty directive; to send a line that starts with !, write !! instead");
                break;
            case "expect":
                if (Expectation.TryParse(rest, out var expectation, out var why)) _steps.Add(new ExpectStep(_lineNumber, expectation!));
                else Fail(why!);
                break;
            case "open":
                ParseOpen(rest);
                break;
            case "set":
                ParseSet(rest);
                break;
            case "sleep":
                ParseSleep(rest);
                break;
            case "starttls":
                if (rest.Length == 0) _steps.Add(new StartTlsStep(_lineNumber));
                else Fail("!starttls takes nothing after it");
                break;
            case "auth":
                ParseAuth(rest);
                break;
            default:
                Fail($"unknown directive '!{name}' (known: !expect, !open, !set logfile, !sleep, !starttls, !auth); to send a line that starts with !, write !!");
                break;
        }
    }

    private void ParseOpen(string rest)
    {
        var words = rest.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var tls = TlsChoice.ByPort;
        foreach (var flag in words.Where(word => word.StartsWith("--", StringComparison.Ordinal)))
        {
            TlsChoice? choice = flag.ToLowerInvariant() switch { "--tls" => TlsChoice.On, "--no-tls" => TlsChoice.Off, _ => null };
            if (choice is null || (tls != TlsChoice.ByPort && tls != choice))
            {
                Fail(choice is null ? $"unknown option '{flag}': !open takes --tls or --no-tls" : "--tls and --no-tls exclude each other");
                return;
            }

            tls = choice.Value;
        }

        words = [.. words.Where(word => !word.StartsWith("--", StringComparison.Ordinal))];
        if (words.Length is 0 or > 2)
        {
            Fail("!open needs a host and an optional port: !open mail1.fabrikam.com 25 (or !open --tls HOST 465, !open mx:DOMAIN)");
            return;
        }

        int? port = null;
        if (words.Length == 2)
        {
            if (!int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                Fail($"'{words[1]}' is not a port: write a number from 1 to 65535");
                return;
            }

            port = number;
        }

        if (words[0].StartsWith("mx:", StringComparison.OrdinalIgnoreCase))
        {
            if (MailDomain.TryNormalise(words[0][3..], out var domain, out var error)) _steps.Add(new OpenMxStep(_lineNumber, domain, port) { Tls = tls });
            else Fail($"'{words[0]}': {error}");
            return;
        }

        _steps.Add(new OpenStep(_lineNumber, words[0], port) { Tls = tls });
    }

    private void ParseAuth(string rest)
    {
        var words = rest.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2)
        {
            Fail($"!auth needs a mechanism and a user: !auth LOGIN chris@contoso.com (the password comes from --password-file or {PasswordLookup.EnvironmentVariable}, never from the script)");
            return;
        }

        if (!SaslMechanisms.TryParse(words[0], out var mechanism))
        {
            Fail($"unknown mechanism '{words[0]}': write {SaslMechanisms.Accepted}");
            return;
        }

        _steps.Add(new AuthStep(_lineNumber, mechanism, words[1]));
    }

    private void ParseSet(string rest)
    {
        var split = rest.IndexOfAny([' ', '\t']);
        var setting = split < 0 ? rest : rest[..split];
        var value = split < 0 ? "" : rest[(split + 1)..].Trim();
        if (!setting.Equals("logfile", StringComparison.OrdinalIgnoreCase))
        {
            Fail(setting.Length == 0 ? "!set needs a setting: !set logfile FILE" : $"unknown setting '{setting}'; only logfile can be set: !set logfile FILE");
            return;
        }

        if (value.Length == 0)
        {
            Fail("!set logfile needs a file name");
            return;
        }

        _steps.Add(new SetLogFileStep(_lineNumber, value));
    }

    private void ParseSleep(string rest)
    {
        if (!double.TryParse(rest, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || seconds > MaxSleepSeconds)
        {
            Fail($"'{rest}' is not a time to sleep: write seconds from 0 to {MaxSleepSeconds}, e.g. !sleep 1.5");
            return;
        }

        _steps.Add(new SleepStep(_lineNumber, TimeSpan.FromSeconds(seconds)));
    }

    private void Fail(string reason) => _errors.Add(new SmtpScriptError(_lineNumber, reason));
}
