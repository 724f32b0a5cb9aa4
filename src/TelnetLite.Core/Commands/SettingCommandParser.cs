using TelnetLite.Core.Telnet;
using System.Globalization;
using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Commands;

/// <summary>Reads the arguments of <c>set</c> and <c>unset</c> into typed changes.</summary>
internal static class SettingCommandParser
{
    private const int MaximumTerminalTypeLength = 40;

    public static CommandRequest ParseSet(string arguments)
    {
        var (word, value) = CommandLineText.SplitFirst(arguments);
        if (word.Length == 0 || word == "?")
        {
            return new HelpRequest(CommandNames.Set);
        }

        if (SettingNames.WindowsOnlyReason(word) is { } reason)
        {
            return new InvalidRequest(reason);
        }

        var match = SettingNames.SetOptions.Match(word);
        if (match.IsAmbiguous)
        {
            return Ambiguous("set option", word, match.Candidates);
        }

        if (match.Name is not { } option)
        {
            return new InvalidRequest(
                $"Unknown set option '{word}'. Options: {string.Join(", ", SettingNames.SetOptions.Names)} (type 'set ?' for help)");
        }

        return option switch
        {
            SettingNames.LocalEcho => Switch(option, value, on => new LocalEchoChange(on)),
            SettingNames.Logging => Switch(option, value, on => new LoggingChange(on)),
            SettingNames.Crlf => Switch(option, value, on => new CrlfChange(on)),
            SettingNames.LogFile => LogFile(value),
            SettingNames.Escape => Escape(value),
            SettingNames.Term => TerminalType(value),
            SettingNames.Mode => Choice(option, value, ParseMode, mode => new ProtocolModeChange(mode)),
            SettingNames.Smtp => Choice(option, value, ParseAssistMode, mode => new SmtpAssistChange(mode)),
            SettingNames.LogSecrets => Switch(option, value, on => new LogSecretsChange(on)),
            SettingNames.Tls => TlsVerify(value),
            SettingNames.Dns => Dns(value),
            SettingNames.Annotations => Choice(option, value, ParseAnnotations, placement => new AnnotationsChange(placement)),
            SettingNames.Markers => Switch(option, value, on => new MarkersChange(on)),
            _ => Scrollback(value),
        };
    }

    public static CommandRequest ParseUnset(string arguments)
    {
        var (word, value) = CommandLineText.SplitFirst(arguments);
        if (word.Length == 0 || word == "?")
        {
            return new HelpRequest(CommandNames.Unset);
        }

        if (SettingNames.WindowsOnlyReason(word) is { } reason)
        {
            return new InvalidRequest(reason);
        }

        var match = SettingNames.UnsetOptions.Match(word);
        if (match.IsAmbiguous)
        {
            return Ambiguous("unset option", word, match.Candidates);
        }

        if (match.Name is not { } option)
        {
            return SettingNames.SetOptions.Match(word).Name is { } setOnly
                ? new InvalidRequest($"'{setOnly}' cannot be unset: use set {setOnly} {SettingNames.Values(setOnly)}")
                : new InvalidRequest(
                    $"Unknown unset option '{word}'. Options: {string.Join(", ", SettingNames.UnsetOptions.Names)} (type 'unset ?' for help)");
        }

        if (value.Length > 0)
        {
            return new InvalidRequest($"unset {option} takes no value (got '{value}')");
        }

        SettingChange change = option switch
        {
            SettingNames.LocalEcho => new LocalEchoChange(false),
            SettingNames.Logging => new LoggingChange(false),
            SettingNames.Crlf => new CrlfChange(false),
            SettingNames.LogSecrets => new LogSecretsChange(false),
            SettingNames.Dns => new DnsServerChange(null),
            SettingNames.Markers => new MarkersChange(false),
            _ => new LogFileChange(null),
        };
        return new UnsetRequest(change);
    }

    public static AmbiguousRequest Ambiguous(string what, string word, IReadOnlyList<string> candidates) =>
        new(word, candidates, $"Ambiguous {what} '{word}': {string.Join(", ", candidates)}");

    private static CommandRequest Switch(string option, string value, Func<bool, SettingChange> change) =>
        value.ToLowerInvariant() switch
        {
            "" or "on" => new SetRequest(change(true)),
            "off" => new SetRequest(change(false)),
            _ => new InvalidRequest($"Bad value '{value}' for set {option}: give on, off, or nothing (on)"),
        };

    private static CommandRequest Choice<T>(string option, string value, Func<string, T?> parse, Func<T, SettingChange> change)
        where T : struct, Enum
    {
        var accepted = SettingNames.Values(option);
        if (value.Length == 0)
        {
            return new InvalidRequest($"set {option} needs a value: {accepted}");
        }

        return parse(value) is { } parsed
            ? new SetRequest(change(parsed))
            : new InvalidRequest($"Bad value '{value}' for set {option}: give {accepted}");
    }

    private static TelnetMode? ParseMode(string value) => value.ToLowerInvariant() switch
    {
        "auto" => TelnetMode.Auto,
        "telnet" => TelnetMode.Telnet,
        "raw" => TelnetMode.Raw,
        _ => null,
    };

    private static AssistMode? ParseAssistMode(string value) => value.ToLowerInvariant() switch
    {
        "auto" => AssistMode.Auto,
        "on" => AssistMode.On,
        "off" => AssistMode.Off,
        _ => null,
    };

    private static AnnotationPlacement? ParseAnnotations(string value) => value.ToLowerInvariant() switch
    {
        "pane" => AnnotationPlacement.Pane,
        "inline" => AnnotationPlacement.Inline,
        "off" => AnnotationPlacement.Off,
        _ => null,
    };

    private static CommandRequest LogFile(string value)
    {
        var path = CommandLineText.Unquote(value);
        if (path.Length == 0)
        {
            return new PromptLogFileRequest();
        }

        return CommandLineText.HasControlCharacter(path)
            ? new InvalidRequest("Bad log file name: it contains control characters")
            : new SetRequest(new LogFileChange(path));
    }

    private static CommandRequest Escape(string value) =>
        EscapeCharacter.TryParse(value, out var character, out var error)
            ? new SetRequest(new EscapeCharacterChange(character))
            : new InvalidRequest(error);

    private static CommandRequest TerminalType(string value)
    {
        if (value.Length == 0)
        {
            return new InvalidRequest("set term needs a terminal type, e.g. set term ANSI (or VT100, XTERM)");
        }

        var valid = value.Length <= MaximumTerminalTypeLength
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.' or '_' or '+');
        return valid
            ? new SetRequest(new TerminalTypeChange(value.ToUpperInvariant()))
            : new InvalidRequest(
                $"Bad terminal type '{value}': use letters, digits and - / . _ + (at most {MaximumTerminalTypeLength}), e.g. ANSI, VT100, XTERM");
    }

    // "set tls verify on|off": one TLS setting today, named so that others can join it.
    private static CommandRequest TlsVerify(string value)
    {
        var (word, rest) = CommandLineText.SplitFirst(value);
        if (!word.Equals("verify", StringComparison.OrdinalIgnoreCase))
            return new InvalidRequest(word.Length == 0
                ? "set tls needs what to set: set tls verify on|off"
                : $"Unknown TLS setting '{word}': set tls verify on|off");
        return Switch("tls verify", rest, on => new TlsVerifyChange(on));
    }

    private static CommandRequest Dns(string value)
    {
        if (value.Equals("system", StringComparison.OrdinalIgnoreCase) || value.Equals("default", StringComparison.OrdinalIgnoreCase))
            return new SetRequest(new DnsServerChange(null));
        return Mx.DnsServerAddress.TryParse(value, out var server, out var error)
            ? new SetRequest(new DnsServerChange(server))
            : new InvalidRequest($"set dns: {error}, or system for the system's resolver");
    }

    private static CommandRequest Scrollback(string value)
    {
        var accepted = string.Create(
            CultureInfo.InvariantCulture,
            $"a whole number of lines from {SessionSettings.MinimumScrollback:N0} to {SessionSettings.MaximumScrollback:N0}");
        if (value.Length == 0)
        {
            return new InvalidRequest($"set scrollback needs {accepted}");
        }

        var isNumber = int.TryParse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var lines);
        return isNumber && lines is >= SessionSettings.MinimumScrollback and <= SessionSettings.MaximumScrollback
            ? new SetRequest(new ScrollbackChange(lines))
            : new InvalidRequest($"Bad scrollback '{value}': give {accepted}");
    }
}
