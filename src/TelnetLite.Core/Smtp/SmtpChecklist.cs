using TelnetLite.Core.Assist;

namespace TelnetLite.Core.Smtp;

/// <summary>The transaction's steps as the neutral checklist a front end shows.</summary>
internal static class SmtpChecklist
{
    /// <param name="tls">The TLS step, after EHLO, when the connection used TLS (asked for or from the first byte); null when not.</param>
    public static IReadOnlyList<ChecklistStep> From(SmtpTransaction transaction, ChecklistStep? tls = null)
    {
        var steps = transaction.Steps;
        var checklist = new List<ChecklistStep>(steps.Count + 1);
        foreach (var step in steps)
        {
            checklist.Add(new ChecklistStep(Name(step.Kind), ShortName(step.Kind), State(step), step.Elapsed));
            if (step.Kind == SmtpStepKind.Ehlo && tls is not null) checklist.Add(tls);
        }
        return checklist;
    }

    public static string Name(SmtpStepKind kind) => kind switch
    {
        SmtpStepKind.Connect => "Connect",
        SmtpStepKind.Greeting => "Greeting",
        SmtpStepKind.Ehlo => "EHLO",
        SmtpStepKind.MailFrom => "MAIL FROM",
        SmtpStepKind.RcptTo => "RCPT TO",
        SmtpStepKind.Data => "DATA",
        SmtpStepKind.Message => "Message",
        SmtpStepKind.EndOfData => "End of data (.)",
        SmtpStepKind.Quit => "QUIT",
        _ => kind.ToString(),
    };

    public static string ShortName(SmtpStepKind kind) => kind switch
    {
        SmtpStepKind.MailFrom => "MAIL",
        SmtpStepKind.RcptTo => "RCPT",
        SmtpStepKind.EndOfData => ".",
        _ => Name(kind),
    };

    private static ChecklistStepState State(SmtpTransactionStep step) => step.State switch
    {
        SmtpStepState.Ok => ChecklistStepState.Ok,
        SmtpStepState.Failed => ChecklistStepState.Failed,
        SmtpStepState.Skipped => ChecklistStepState.Skipped,
        _ => step.InProgress ? ChecklistStepState.InProgress : ChecklistStepState.Pending,
    };
}
