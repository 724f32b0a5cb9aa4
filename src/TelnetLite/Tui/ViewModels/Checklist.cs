using TelnetLite.Core.Assist;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Tui.ViewModels;

/// <summary>Reads the transaction checklist and the capabilities from the protocol assistant, for assistants that keep them.</summary>
internal static class Checklist
{
    public static IReadOnlyList<ChecklistItem> From(IProtocolAssistant assistant)
    {
        if (assistant is not SmtpAssistant smtp || smtp.Recognition == AssistRecognition.None) return [];
        // Steps are immutable records replaced by the session thread: reading them here gives a consistent view of each.
        return smtp.Transaction.Steps.Select(step => new ChecklistItem(Name(step.Kind), State(step.State), step.Elapsed, ShortName(step.Kind))).ToList();
    }

    public static SmtpCapabilities? CapabilitiesOf(IProtocolAssistant assistant) =>
        assistant is SmtpAssistant smtp ? smtp.Capabilities : null;

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

    private static ChecklistState State(SmtpStepState state) => state switch
    {
        SmtpStepState.Ok => ChecklistState.Ok,
        SmtpStepState.Failed => ChecklistState.Failed,
        SmtpStepState.Skipped => ChecklistState.Skipped,
        _ => ChecklistState.Pending,
    };
}
