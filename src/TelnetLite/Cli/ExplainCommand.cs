using System.CommandLine;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Text;

namespace TelnetLite.Cli;

/// <summary>
/// <c>telnetlite explain [--after COMMAND] [--why] REPLY...</c>: explains an SMTP reply with no connection;
/// <c>telnetlite explain --list</c> prints the knowledge table, one row per line.
/// </summary>
internal static class ExplainCommand
{
    public static Command Build()
    {
        var after = new Option<string?>("--after")
        {
            Description = "The command the reply answers: HELO, EHLO, MAIL, RCPT, DATA, BDAT, RSET, VRFY, EXPN, HELP, NOOP, QUIT, AUTH, STARTTLS, ETRN, connect (the greeting) or . (end of message)",
            HelpName = "COMMAND",
        };
        var why = new Option<bool>("--why") { Description = "Also say which row of the knowledge table matched the reply, and why" };
        var list = new Option<bool>("--list") { Description = "Print the knowledge table, one row per line (id, priority, what it matches, concept, meaning)" };
        var reply = new Argument<string[]>("reply")
        {
            Description = "The reply, as words or one quoted line; none: read replies from standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("explain", "Explain an SMTP reply (e.g. telnetlite explain 550 5.7.57 Client not authenticated to send mail)")
        {
            after, why, list, reply,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(list))
            {
                foreach (var line in SmtpExplainer.ListTable()) Console.Out.WriteLine(line);
                return 0;
            }
            var words = result.GetValue(reply) ?? [];
            var explained = words.Length > 0
                ? SmtpExplainer.Explain(words, result.GetValue(after), result.GetValue(why))
                : SmtpExplainer.ExplainText(await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false), result.GetValue(after), result.GetValue(why));
            // The replies explained may be a capture of a hostile server's text: shown, like everything else, visibly.
            foreach (var line in explained.Lines) Console.Out.WriteLine(TerminalText.Visible(line));
            if (explained.Error is not null) await Console.Error.WriteLineAsync("telnetlite explain: " + TerminalText.Visible(explained.Error)).ConfigureAwait(false);
            return explained.ExitCode;
        });
        return command;
    }
}
