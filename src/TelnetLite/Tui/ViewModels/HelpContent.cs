using TelnetLite.Core.Commands;

namespace TelnetLite.Tui.ViewModels;

/// <summary>
/// What F1 shows: the window's keys, then the very words of the <c>telnetlite&gt;</c> prompt's own help, so that
/// both modes describe the commands alike.
/// </summary>
internal static class HelpContent
{
    /// <summary>The lines wrapped to <paramref name="width"/>, continuation lines indented under their line's text.</summary>
    public static IReadOnlyList<string> Lines(string escapeName, int width) =>
        Lines(escapeName)
            .SelectMany(line =>
            {
                var indent = new string(' ', Math.Min(line.Length - line.TrimStart().Length + 4, Math.Max(0, width / 3)));
                return line.Length == 0 ? [""] : TextWrap.Wrap(line, Math.Max(1, width), indent);
            })
            .ToList();

    public static IReadOnlyList<string> Lines(string escapeName) =>
    [
        "KEYS",
        $"  {escapeName,-14} command mode: the input line shows telnetlite> (Ctrl+] may arrive as Ctrl+5)",
        "  Enter          send the line with CRLF (an empty line too: the blank line after headers)",
        "                 at telnetlite>, an empty line returns to the session",
        "  Up / Down      earlier lines (session lines and commands are kept apart, AUTH lines never)",
        "  Left/Right, Home/End, Backspace, Delete, Ctrl+U   edit the line before it is sent",
        "  PgUp / PgDn    scroll the transcript; the mouse wheel too",
        "  Ctrl+Home/End  top / end of the transcript (Home/End too while the line is empty)",
        "  F1 Help   F2 assist pane on/off   F3 log file   F5 open a connection",
        "  Ctrl+Q         quit (asks first while connected); Esc never quits",
        "  Shift+drag     select text with the terminal's own selection, to copy it",
        "  Pasting several lines sends them one by one, each waiting for the server's reply.",
        "",
        "SMTP ASSIST (F2)",
        "  Every reply is explained beside the transcript: meaning, likely cause, next step.",
        "  The checklist follows the transaction: Connect, Greeting, EHLO, MAIL FROM, RCPT TO, DATA,",
        "  message, '.', QUIT. While you type, warnings about the line appear before you send it;",
        "  they never block sending.",
        "",
        "COMMANDS (type them at the telnetlite> prompt)",
        .. HelpText.Commands.Select(l => "  " + l),
        "",
        .. HelpText.SetOptions.Select(l => "  " + l),
        "",
        .. HelpText.UnsetOptions.Select(l => "  " + l),
    ];
}
