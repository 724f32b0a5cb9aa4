using TelnetLite.Core.Telnet;
using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Commands;

/// <summary>The settings the user changes with <c>set</c> and <c>unset</c>, shown by <c>display</c>.</summary>
/// <remarks>
/// Mutable and not thread-safe: the session controller owns one instance, applies changes to it through
/// <see cref="CommandInterpreter.Apply"/> and reads it when it needs a value. The command line fills it before start.
/// </remarks>
public sealed class SessionSettings
{
    /// <summary>Classic telnet's escape character, Ctrl+] (0x1D).</summary>
    public const char DefaultEscapeCharacter = '\u001d';

    /// <summary>
    /// The terminal type reported to Telnet servers when <c>$TERM</c> gives none: <c>DUMB</c>, as telnet reports then.
    /// </summary>
    public const string DefaultTerminalType = "DUMB";

    /// <summary>The scrollback limit, in lines.</summary>
    public const int DefaultScrollback = 10_000;

    /// <summary>The smallest scrollback <c>set scrollback</c> accepts.</summary>
    public const int MinimumScrollback = 100;

    /// <summary>The largest scrollback <c>set scrollback</c> accepts: memory stays bounded.</summary>
    public const int MaximumScrollback = 1_000_000;

    /// <summary>Whether sent lines are shown in the transcript (<c>set localecho</c>); default on.</summary>
    /// <remarks>The controller switches it off while the server has negotiated WILL ECHO.</remarks>
    public bool LocalEcho { get; set; } = true;

    /// <summary>The session log's path as the user gave it, or null when there is none (<c>set logfile</c>).</summary>
    public string? LogFile { get; set; }

    /// <summary>Whether lines are written to the log file; false while paused (<c>unset logging</c>). Default on.</summary>
    public bool Logging { get; set; } = true;

    /// <summary>True: Enter sends CR LF (default). False: Enter sends CR alone (<c>unset crlf</c>).</summary>
    public bool Crlf { get; set; } = true;

    /// <summary>The character that switches from the session to command mode; default Ctrl+] (0x1D).</summary>
    public char EscapeCharacter { get; set; } = DefaultEscapeCharacter;

    /// <summary>The terminal type reported by TERMINAL-TYPE negotiation (RFC 1091), in upper case.</summary>
    public string TerminalType { get; set; } = DefaultTerminalType;

    /// <summary>Where the full-screen UI shows explanations (<c>set annotations</c>); default the assist pane.</summary>
    public AnnotationPlacement Annotations { get; set; } = AnnotationPlacement.Pane;

    /// <summary>Whether the transcript shows its <c>→</c> sent / <c>←</c> received column (<c>set markers</c>); default on.</summary>
    public bool Markers { get; set; } = true;

    /// <summary>When Telnet processing is on (<c>set mode</c>); default <see cref="TelnetMode.Auto"/>.</summary>
    public TelnetMode Mode { get; set; } = TelnetMode.Auto;

    /// <summary>The SMTP assist override (<c>set smtp on|off|auto</c>); default <see cref="AssistMode.Auto"/>.</summary>
    public AssistMode Smtp { get; set; } = AssistMode.Auto;

    /// <summary>How many transcript lines the TUI keeps (<c>set scrollback N</c>); default 10,000.</summary>
    public int Scrollback { get; set; } = DefaultScrollback;

    /// <summary>Whether an invalid server certificate stops the TLS handshake (<c>set tls verify</c>, <c>--insecure</c>); default on.</summary>
    public bool TlsVerify { get; set; } = true;

    /// <summary>Whether what is typed after AUTH is logged in clear (<c>set logsecrets</c>); default off (redacted).</summary>
    public bool LogSecrets { get; set; }

    /// <summary>The DNS server for <c>mx</c> and <c>open mx:</c> (<c>set dns</c>, <c>--dns</c>); null for the system's resolver.</summary>
    public System.Net.IPEndPoint? DnsServer { get; set; }

    /// <summary>
    /// The terminal type to report for the environment's <c>$TERM</c>, as telnet does: its value in upper case when it
    /// is a valid name (RFC 1091 names are case-insensitive), else <see cref="DefaultTerminalType"/>.
    /// </summary>
    public static string TerminalTypeFor(string? term) =>
        term is { Length: > 0 and <= 40 } && term.All(c => c is > ' ' and <= '~') ? term.ToUpperInvariant() : DefaultTerminalType;

    /// <summary>How long <c>open</c> waits for the TCP connection (<c>--connect-timeout</c>); default 15 seconds.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
