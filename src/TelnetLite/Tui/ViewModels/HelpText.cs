namespace TelnetLite.Tui.ViewModels;

/// <summary>What F1 shows: every command of the <c>telnetlite&gt;</c> prompt and every key of the window.</summary>
internal static class HelpText
{
    public static IReadOnlyList<string> Lines(string escapeName) =>
    [
        "KEYS",
        $"  {escapeName,-14} command mode: the input line shows telnetlite> (Ctrl+] may arrive as Ctrl+5)",
        "  Enter          send the line with CRLF (an empty line too: the blank line after headers)",
        "                 at telnetlite>, an empty line returns to the session",
        "  Up / Down      earlier lines (session lines and commands are kept apart)",
        "  Left/Right, Home/End, Backspace, Delete, Ctrl+U   edit the line before it is sent",
        "  PgUp / PgDn    scroll the transcript; mouse wheel too",
        "  Ctrl+Home/End  top / end of the transcript (Home/End too while the line is empty)",
        "  F1 Help  F2 assist pane on/off  F3 log file  F5 open a connection",
        "  Ctrl+Q         quit (asks first while connected); Esc never quits",
        "  Shift+drag     select text with the terminal's own selection, to copy it",
        "  Pasting several lines sends them one by one, each waiting for the server's reply.",
        "",
        "COMMANDS (at the telnetlite> prompt; any unique prefix works, e.g. o, c, q, st, sen, u, ?)",
        "  open HOST [PORT]        connect (default port 23; HOST:PORT and [v6]:PORT work); no HOST: dialog",
        "  close                   close the connection, keep the window",
        "  quit                    close and end TelnetLite",
        "  status                  host, port, connected time, bytes in and out, local echo, log file",
        "  display                 every setting",
        "  send ao|ayt|brk|esc|ip|synch|TEXT   send a Telnet command or text",
        "  set localecho | unset localecho     show the lines you send",
        "  set logfile FILE        record the session (appends to an existing file); no FILE: dialog",
        "  set logging | unset logging         resume / pause the log",
        "  set crlf | unset crlf   end lines with CRLF (default) or CR alone",
        "  set escape CHAR         the command-mode key, e.g. ^] or ^X",
        "  set term TYPE           terminal type sent to Telnet servers",
        "  set scrollback N        transcript lines kept (default 10000)",
        "  set smtp on|off|auto    SMTP assist (auto: recognised by port and greeting)",
        "  set mode auto|telnet|raw           Telnet processing",
        "  save FILE               write the whole transcript to FILE",
        "  ? | help [COMMAND]      help in the transcript",
        "",
        "SMTP ASSIST (F2)",
        "  Every reply is explained beside the transcript: meaning, likely cause, next step.",
        "  The checklist follows the transaction: Connect, Greeting, EHLO, MAIL FROM, RCPT TO, DATA, message, '.', QUIT.",
        "  While you type, warnings about the line appear before you send it; they never block sending.",
    ];
}
