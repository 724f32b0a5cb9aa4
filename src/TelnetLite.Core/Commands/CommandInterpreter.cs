using System.Globalization;

namespace TelnetLite.Core.Commands;

/// <summary>
/// Classic telnet's command mode, Windows telnet syntax with inetutils aliases: turns a command line into a typed
/// <see cref="CommandRequest"/> and applies setting changes to <see cref="SessionSettings"/>.
/// </summary>
/// <remarks>
/// Pure and stateless: no I/O, no clock, safe to share. The session controller reads a line at <see cref="Prompt"/>,
/// calls <see cref="Parse"/>, executes the request, and for <see cref="SetRequest"/> / <see cref="UnsetRequest"/> calls
/// <see cref="Apply"/> once its side effect (opening the log file...) succeeded. Commands and set options may be
/// abbreviated to any unique prefix; Windows telnet's short forms <c>o c d q st sen u ? h</c> always work. Never throws
/// on any input.
/// </remarks>
public sealed class CommandInterpreter
{
    /// <summary>The command-mode prompt.</summary>
    public const string Prompt = "telnetlite>";

    /// <summary>The prompt for a host after <c>open</c> with no arguments (classic telnet's).</summary>
    public const string OpenPrompt = "(to) ";

    /// <summary>The answer to an unknown command, as Windows telnet words it.</summary>
    public const string InvalidCommandMessage = "Invalid Command. type ?/help for help";

    /// <summary>Parses one command line (without the escape character and without the line ending).</summary>
    /// <param name="line">The line as typed; null or blank gives <see cref="EmptyRequest"/>.</param>
    public CommandRequest Parse(string? line) => Visible(ParseLine(line ?? string.Empty));

    /// <summary>Parses the answer to <see cref="OpenPrompt"/>: <c>host [port]</c>, <c>host:port</c> or <c>[v6]:port</c>.</summary>
    /// <returns>An <see cref="OpenRequest"/> with a host, or an <see cref="InvalidRequest"/> (a blank answer included).</returns>
    public CommandRequest ParseOpenTarget(string? answer) =>
        Visible(OpenTargetParser.Parse(answer ?? string.Empty, hostRequired: true));

    /// <summary>As <see cref="ParseOpenTarget(string?)"/>, and with <paramref name="allowTlsAndMx"/> also <c>--tls</c>,
    /// <c>--no-tls</c> and <c>mx:DOMAIN [port]</c>, as <c>open</c> takes them.</summary>
    /// <returns>An <see cref="OpenRequest"/> with a host, an <see cref="OpenMxRequest"/>, or an <see cref="InvalidRequest"/>.</returns>
    public CommandRequest ParseOpenTarget(string? answer, bool allowTlsAndMx) =>
        Visible(OpenTargetParser.Parse(answer ?? string.Empty, hostRequired: true, allowTlsAndMx));

    // Messages echo what was typed; a control character in them would reach the user's terminal raw.
    private static CommandRequest Visible(CommandRequest request) => request switch
    {
        InvalidRequest invalid => invalid with { Message = CommandLineText.Visible(invalid.Message) },
        AmbiguousRequest ambiguous => ambiguous with { Message = CommandLineText.Visible(ambiguous.Message) },
        _ => request,
    };

    private static CommandRequest ParseLine(string line)
    {
        var (word, arguments) = CommandLineText.SplitFirst(line);
        if (word.Length == 0)
        {
            return new EmptyRequest();
        }

        var match = CommandNames.Commands.Match(word);
        if (match.IsAmbiguous)
        {
            return SettingCommandParser.Ambiguous("command", word, match.Candidates);
        }

        return match.Name switch
        {
            CommandNames.Open => OpenTargetParser.Parse(arguments, hostRequired: false, allowTlsAndMx: true),
            CommandNames.Close or CommandNames.Logout => NoArguments(match.Name, arguments, new CloseRequest()),
            CommandNames.Quit or CommandNames.Exit => NoArguments(match.Name, arguments, new QuitRequest()),
            CommandNames.Display => NoArguments(match.Name, arguments, new DisplayRequest()),
            CommandNames.Status => NoArguments(match.Name, arguments, new StatusRequest()),
            CommandNames.Send => SendCommandParser.Parse(arguments),
            CommandNames.Set => SettingCommandParser.ParseSet(arguments),
            CommandNames.Unset => SettingCommandParser.ParseUnset(arguments),
            CommandNames.Help => Help(arguments),
            CommandNames.Save => Save(arguments),
            CommandNames.StartTls => NoArguments(match.Name, arguments, new StartTlsRequest()),
            CommandNames.Certificate => NoArguments(match.Name, arguments, new ShowCertificateRequest()),
            CommandNames.Auth => MailCommandParser.ParseAuth(arguments),
            CommandNames.Mx => MailCommandParser.ParseMx(arguments),
            _ => new InvalidRequest(InvalidCommandMessage),
        };
    }

    /// <summary>Applies a change to the settings and returns the confirmation to show, e.g. <c>Local echo on</c>.</summary>
    /// <remarks>
    /// Only the settings object changes: the controller does the work a change needs (open or close the log, tell the
    /// Telnet parser, trim the transcript) before calling this, and skips it when that work failed.
    /// </remarks>
    /// <exception cref="ArgumentException">A <see cref="SettingChange"/> type defined outside this library.</exception>
    public string Apply(SettingChange change, SessionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(settings);
        switch (change)
        {
            case LocalEchoChange echo:
                settings.LocalEcho = echo.On;
                return echo.On ? "Local echo on" : "Local echo off";
            case LogFileChange { Path: { } path }:
                settings.LogFile = path;
                return $"Log file: {path}";
            case LogFileChange:
                var closed = settings.LogFile;
                settings.LogFile = null;
                return closed is null ? "No log file was open" : $"Log file closed: {closed}";
            case LoggingChange logging:
                settings.Logging = logging.On;
                return (logging.On, settings.LogFile) switch
                {
                    (true, null) => "Logging on (no log file yet: set logfile FILE)",
                    (true, _) => "Logging on",
                    (false, _) => "Logging paused",
                };
            case CrlfChange crlf:
                settings.Crlf = crlf.On;
                return crlf.On ? "Enter sends CR LF" : "Enter sends CR alone";
            case EscapeCharacterChange escape:
                settings.EscapeCharacter = escape.Character;
                return SettingsDisplay.EscapeLine(escape.Character);
            case TerminalTypeChange term:
                settings.TerminalType = term.TerminalType;
                return $"Terminal type: {term.TerminalType}";
            case ProtocolModeChange mode:
                settings.Mode = mode.Mode;
                return $"Mode: {SettingsDisplay.Describe(mode.Mode)}";
            case SmtpAssistChange smtp:
                settings.Smtp = smtp.Mode;
                return $"SMTP assist: {SettingsDisplay.Describe(smtp.Mode)}";
            case ScrollbackChange scrollback:
                settings.Scrollback = scrollback.Lines;
                return string.Create(CultureInfo.InvariantCulture, $"Scrollback: {scrollback.Lines:N0} lines");
            case TlsVerifyChange verify:
                settings.TlsVerify = verify.On;
                return verify.On
                    ? "TLS verify on: an invalid server certificate stops the handshake"
                    : "TLS verify off: an invalid server certificate is accepted, and the session is marked unverified";
            case LogSecretsChange secrets:
                settings.LogSecrets = secrets.On;
                return secrets.On
                    ? "Warning: log secrets on: what you type after AUTH is written to the log in clear, for debugging only (set logsecrets off stops it)"
                    : "Log secrets off: what you type after AUTH is logged as ******** (redacted)";
            case AnnotationsChange annotations:
                settings.Annotations = annotations.Placement;
                return $"Annotations: {SettingsDisplay.Describe(annotations.Placement)}";
            case MarkersChange markers:
                settings.Markers = markers.On;
                return markers.On ? "Markers on: → sent, ← received" : "Markers off";
            case DnsServerChange dns:
                settings.DnsServer = dns.Server;
                return $"DNS server: {SettingsDisplay.Describe(dns.Server)}";
            default:
                throw new ArgumentException($"Unknown setting change {change.GetType().Name}", nameof(change));
        }
    }

    private static CommandRequest NoArguments(string command, string arguments, CommandRequest request) =>
        arguments.Length == 0 ? request : new InvalidRequest($"'{command}' takes no arguments (got '{arguments}')");

    private static CommandRequest Help(string arguments)
    {
        var (topic, _) = CommandLineText.SplitFirst(arguments);
        if (topic.Length == 0)
        {
            return new HelpRequest();
        }

        var match = CommandNames.Commands.Match(topic);
        if (match.IsAmbiguous)
        {
            return SettingCommandParser.Ambiguous("help topic", topic, match.Candidates);
        }

        return match.Name switch
        {
            null => new InvalidRequest($"No help for '{topic}': type ? for the list of commands"),
            CommandNames.Help => new HelpRequest(),
            var name => new HelpRequest(name),
        };
    }

    private static CommandRequest Save(string arguments)
    {
        var path = CommandLineText.Unquote(arguments);
        if (path.Length == 0)
        {
            return new InvalidRequest("Usage: save FILE (writes the whole transcript to FILE)");
        }

        return CommandLineText.HasControlCharacter(path)
            ? new InvalidRequest("Bad file name: it contains control characters")
            : new SaveRequest(path);
    }
}
