namespace TelnetLite.Core.Commands;

/// <summary>The text of <c>?</c> / <c>help</c>, <c>help COMMAND</c>, <c>set ?</c> and <c>unset ?</c>.</summary>
/// <remarks>The TUI's Help window shows <see cref="Commands"/> and <see cref="SetOptions"/> too, so both modes use the same words.</remarks>
public static class HelpText
{
    /// <summary>Every command, one line each, with the short forms first (Windows telnet's layout).</summary>
    public static IReadOnlyList<string> Commands { get; } =
    [
        "Commands may be abbreviated to any unique prefix. Supported commands are:",
        "",
        "a    - auth [MECH] [USER]  authenticate (PLAIN, LOGIN, CRAM-MD5, XOAUTH2)",
        "c    - close               close the current connection (also: logout)",
        "ce   - certificate         show the server's TLS certificate and its chain",
        "d    - display             show every setting",
        "m    - mx DOMAIN           list a domain's mail hosts (MX records)",
        "o    - open host [port]    connect (port 23 if none; host:port, [v6]:port too;",
        "                           --tls for TLS from the start; mx:DOMAIN)",
        "q    - quit                close any connection and leave (also: exit)",
        "sa   - save FILE           write the whole transcript to FILE",
        "sen  - send WHAT           send ao, ayt, brk, esc, ip, synch or text",
        "set  - set OPTION [VALUE]  change a setting (type 'set ?' for the list)",
        "st   - status              show the connection, counters, echo, log file",
        "star - starttls            send STARTTLS and switch the connection to TLS",
        "u    - unset OPTION        switch a setting off (type 'unset ?' for the list)",
        "?/h  - help [COMMAND]      this list, or more about one command",
        "",
        "Enter on an empty command line returns to the session.",
    ];

    /// <summary>The options of <c>set</c>, one line each (two for the longer ones).</summary>
    public static IReadOnlyList<string> SetOptions { get; } =
    [
        "set OPTION [VALUE] - options may be abbreviated to any unique prefix:",
        "  localecho [on|off]    show the lines you send (default on)",
        "  logfile FILE          log the session to FILE now, appending to it;",
        "                        with no FILE, TelnetLite asks for it",
        "  logging [on|off]      resume writing the log after 'unset logging'",
        "  crlf [on|off]         Enter sends CR LF (default; 'unset crlf': CR alone)",
        "  escape CHAR           the key for this prompt: ^], CTRL+] or one character",
        "  term TYPE             terminal type for Telnet servers (default: $TERM,",
        "                        or DUMB when it is not set)",
        "  mode auto|telnet|raw  Telnet processing: auto (port 23, or once the",
        "                        server negotiates; the default), always, or never",
        "  smtp on|off|auto      SMTP assist: always, never, or auto (by port and",
        "                        greeting; the default)",
        "  scrollback N          transcript lines kept: 100 to 1,000,000 (10,000)",
        "  tls verify on|off     check the server's TLS certificate (default on);",
        "                        off goes on past an invalid one, marked unverified",
        "  logsecrets [on|off]   log what you type after AUTH in clear (default",
        "                        off: ******** (redacted)); for debugging only",
        "  dns SERVER[:PORT]     the DNS server for mx and open mx: ('system', the",
        "                        default, is this machine's resolver)",
        "  annotations pane|inline|off  where the full-screen UI explains replies:",
        "                        the assist pane (default), the transcript, or off",
        "  markers [on|off]      the transcript's column: → sent, ← received (on)",
        "Examples: set localecho    set logfile smtp-test.log    set escape ^]",
        "          set mode raw     set scrollback 50000         set dns 192.0.2.53",
        "          set tls verify off  set annotations inline",
    ];

    /// <summary>The options of <c>unset</c>, one line each.</summary>
    public static IReadOnlyList<string> UnsetOptions { get; } =
    [
        "unset OPTION - options may be abbreviated to any unique prefix:",
        "  localecho             do not show the lines you send",
        "  logfile               close the log file",
        "  logging               pause writing to the log file ('set logging' resumes)",
        "  crlf                  Enter sends CR alone instead of CR LF",
        "  logsecrets            log what you type after AUTH as ******** again",
        "  dns                   use this machine's DNS resolver again",
        "  markers               hide the transcript's → sent / ← received column",
        "Example: unset localecho",
    ];

    /// <summary>The lines for a <see cref="HelpRequest"/>: the command list for null, otherwise one command in detail.</summary>
    /// <param name="topic">A command's full name, as in <see cref="HelpRequest.Topic"/>; an unknown one gives the list.</param>
    public static IReadOnlyList<string> For(string? topic) => topic?.ToLowerInvariant() switch
    {
        CommandNames.Open =>
        [
            "open [--tls|--no-tls] host [port] - connect to host on port (23 if none",
            "  is given; 465 with --tls).",
            "  The port may be a number or a name: smtp (25), submission (587),",
            "  submissions or smtps (465), pop3, imap, http and their TLS forms.",
            "  host:port and [IPv6 address]:port work too.",
            "  --tls starts with a TLS handshake (implicit TLS); port 465 does so",
            "  unless --no-tls is given. Ports 25 and 587 start in plain text:",
            "  type STARTTLS (or the starttls command) after EHLO.",
            "  open mx:DOMAIN [port] connects to the most preferred mail host of",
            "  DOMAIN that answers (port 25 if none is given), saying which and why.",
            "  With no host, TelnetLite asks for one: (to)",
            "  Short form: o. Examples:",
            "    open mail1.fabrikam.com 25",
            "    o mail1.fabrikam.com:587",
            "    open --tls mail1.fabrikam.com 465",
            "    open mx:fabrikam.com",
            "    open [::1]:2525",
        ],
        CommandNames.StartTls =>
        [
            "starttls - send STARTTLS and, when the server answers 220, switch the",
            "  connection to TLS at once (RFC 3207); the certificate is checked and",
            "  shown. Then say EHLO again: the server forgets the earlier one.",
            "  Typing STARTTLS in the session does the same. Example: starttls",
        ],
        CommandNames.Certificate =>
        [
            "certificate - show the server's TLS certificate in full: subject, issuer,",
            "  validity, names, fingerprint, the chain, and whether (and why) it is",
            "  trusted. Short form: ce. Example: certificate",
        ],
        CommandNames.Auth =>
        [
            "auth [MECHANISM] [USER] - authenticate, with base64 (and CRAM-MD5's",
            "  digest) done for you. MECHANISM is PLAIN, LOGIN, CRAM-MD5 or XOAUTH2",
            "  (an OAuth token instead of a password); with none, the strongest the",
            "  server advertised. TelnetLite asks for what is missing; the password",
            "  is never shown, kept in history or logged. Say EHLO first (and",
            "  STARTTLS: most servers offer AUTH only over TLS).",
            "  Short form: a. Examples:",
            "    auth",
            "    auth login chris@contoso.com",
            "    auth xoauth2 chris@contoso.com",
        ],
        CommandNames.Mx =>
        [
            "mx DOMAIN - list the mail hosts of DOMAIN, most preferred first, one per",
            "  line with its preference and addresses. Without MX records mail goes",
            "  to the domain's own address (RFC 5321 5.1); a null MX (RFC 7505) means",
            "  the domain takes no mail. 'set dns' chooses the DNS server.",
            "  Short form: m. Example: mx fabrikam.com",
        ],
        CommandNames.Close or CommandNames.Logout =>
        [
            "close - end the connection politely and stay at this prompt,",
            "  to open another host or read and save the transcript.",
            "  Short form: c. logout does the same. Example: close",
        ],
        CommandNames.Quit or CommandNames.Exit =>
        [
            "quit - close any connection and leave TelnetLite.",
            "  Short form: q. exit does the same. Example: quit",
        ],
        CommandNames.Display =>
        [
            "display - show every setting: escape character, local echo, log file,",
            "  logging, what Enter sends, terminal type, mode, SMTP assist,",
            "  scrollback, annotations, markers and connect timeout.",
            "  Short form: d. Example: display",
        ],
        CommandNames.Status =>
        [
            "status - show the host and port, how long connected, bytes received and",
            "  sent, Telnet processing, local echo, log file and the SMTP state.",
            "  Short form: st. Example: status",
        ],
        CommandNames.Send =>
        [
            "send WHAT - send to the server one of:",
            "  ao     Abort Output          ayt    Are You There",
            "  brk    Break                 esc    the escape character itself",
            "  ip     Interrupt Process     synch  Synch (Data Mark as urgent data)",
            "  or any other text, sent as typed with no line ending.",
            "  Short form: sen. Examples: send ayt, sen esc, send QUIT",
        ],
        CommandNames.Set => SetOptions,
        CommandNames.Unset => UnsetOptions,
        CommandNames.Save =>
        [
            "save FILE - write the whole transcript to FILE (quote a path with spaces).",
            "  Example: save \"smtp test.txt\"",
        ],
        _ => Commands,
    };
}
