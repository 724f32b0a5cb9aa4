using System.CommandLine;
using TelnetLite.Core.Smtp.Knowledge;
using TelnetLite.Core.Text;

namespace TelnetLite.Cli;

/// <summary><c>telnetlite explain [--after COMMAND] REPLY...</c>: explains an SMTP reply with no connection.</summary>
internal static class ExplainCommand
{
    public static Command Build()
    {
        var after = new Option<string?>("--after")
        {
            Description = "The command the reply answers: HELO, EHLO, MAIL, RCPT, DATA, BDAT, RSET, VRFY, EXPN, HELP, NOOP, QUIT, AUTH, STARTTLS, ETRN, connect (the greeting) or . (end of message)",
            HelpName = "COMMAND",
        };
        var reply = new Argument<string[]>("reply")
        {
            Description = "The reply, as words or one quoted line; none: read replies from standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("explain", "Explain an SMTP reply (e.g. telnetlite explain 550 5.7.57 Client not authenticated to send mail)")
        {
            after, reply,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var words = result.GetValue(reply) ?? [];
            var explained = words.Length > 0
                ? SmtpExplainer.Explain(words, result.GetValue(after))
                : SmtpExplainer.ExplainText(await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false), result.GetValue(after));
            // The replies explained may be a capture of a hostile server's text: shown, like everything else, visibly.
            foreach (var line in explained.Lines) Console.Out.WriteLine(TerminalText.Visible(line));
            if (explained.Error is not null) await Console.Error.WriteLineAsync("telnetlite explain: " + TerminalText.Visible(explained.Error)).ConfigureAwait(false);
            return explained.ExitCode;
        });
        return command;
    }
}
