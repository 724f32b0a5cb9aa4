using TelnetLite.Core.Commands;

namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// What F1 shows: the window's keys, then the very words of the <c>telnetlite&gt;</c> prompt's own help, so that
/// both modes describe the commands alike.
/// </summary>
internal static class HelpContent
{
    // A line "  KEY   what it does" continues under "what it does": its text starts after a run of two spaces or more.
    private const int MinimumTextColumn = 4;

    /// <summary>
    /// The lines wrapped at spaces to <paramref name="width"/>; a line that continues is indented under where its text
    /// began (under the description of a key or option), so that the left column stays clear.
    /// </summary>
    public static IReadOnlyList<string> Lines(string escapeName, int width) =>
        Lines(escapeName)
            .SelectMany(line => line.Length == 0 ? [""] : TextWrap.Wrap(line, Math.Max(1, width), HangingIndent(line, width)))
            .ToList();

    public static IReadOnlyList<string> Lines(string escapeName) =>
    [
        "KEYS",
        $"  {escapeName,-14} command mode: the input line shows telnetlite> (Ctrl+] may arrive as Ctrl+5)",
        "  Enter          send the line with CRLF (an empty line too: the blank line after headers); at telnetlite>, an empty line returns to the session",
        "  Up / Down      earlier lines (session lines and commands are kept apart; passwords and AUTH lines never)",
        "  Left / Right   move in the line; Home / End, Backspace, Delete and Ctrl+U edit it before it is sent",
        "  PgUp / PgDn    scroll the transcript, as the mouse wheel does; typing or Enter returns to the end",
        "  Ctrl+Home/End  top / end of the transcript (Home / End too while the line is empty)",
        "  F1             this help",
        "  F2             show or hide the assist pane",
        "  F3             start the log file, or change or stop it while logging",
        "  F4             list the server's EHLO capabilities in the pane (again to fold them)",
        "  F5             the Open dialog ('open' alone asks (to) on the input line, as telnet does)",
        "  Esc, Ctrl+C    clear the lines queued for the server (Esc also withdraws a question); Esc never quits",
        "  Ctrl+Q         quit (asks first while connected)",
        "  Shift+drag     select text with the terminal's own selection, to copy it",
        "",
        "THE TRANSCRIPT",
        "  The conversation as telnet shows it: → a line you sent, ← a line the server sent (⇢ and ⇠ once TLS is on). 'set markers off' hides the arrows. The lines of a 4xx or 5xx reply stand out.",
        "  In an SMTP session a line entered while a reply is awaited is queued, shown under the transcript, and goes when the reply comes (at once where the server offers PIPELINING and the command may follow); pasted lines are paced the same way.",
        "  A password typed at a Telnet login's Password: prompt shows as *, is never kept in history and is logged as ******** (redacted).",
        "  'auth' asks for the user name and the password on the input line; the password shows as *, and goes nowhere but to the server (base64 done for you).",
        "",
        "SMTP ASSIST (F2)",
        "  Every reply is explained in the pane: its meaning, likely cause and next step first, then the checklist (Connect, Greeting, EHLO, MAIL FROM, RCPT TO, DATA, message, '.', QUIT) and the server's capabilities.",
        "  While you type, warnings about the line appear before you send it; they never block sending.",
        "  'set annotations inline' puts the explanations in the transcript (# lines) instead, 'set annotations off' leaves them out.",
        "",
        "COMMANDS (type them at the telnetlite> prompt)",
        .. HelpText.Commands.Select(l => "  " + l),
        "",
        .. HelpText.SetOptions.Select(l => "  " + l),
        "",
        .. HelpText.UnsetOptions.Select(l => "  " + l),
    ];

    private static string HangingIndent(string line, int width)
    {
        var leading = line.Length - line.TrimStart().Length;
        var column = leading;
        // "  KEY   text" and "  option VALUE   text": the text's column is after the first run of two spaces past the key.
        var gap = line.IndexOf("  ", leading, StringComparison.Ordinal);
        if (gap > leading)
        {
            var text = gap;
            while (text < line.Length && line[text] == ' ') text++;
            if (text < line.Length) column = text;
        }
        else
        {
            column = leading + 2;
        }
        // On a narrow screen a deep indent would leave no room: then the text continues a little in from the edge.
        return new string(' ', column <= width / 2 ? Math.Max(column, MinimumTextColumn) : Math.Min(MinimumTextColumn, Math.Max(0, width - 1)));
    }
}
