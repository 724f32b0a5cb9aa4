using TelnetLite.Core.Assist;
using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>
/// A small real annotator for the tracker's tests: severity from the code's class, and a meaning that names the
/// command the reply was paired with, so tests can read the pairing from the messages.
/// </summary>
internal static class CodeClassAnnotator
{
    public static SmtpAnnotation Annotate(SmtpReply reply, SmtpAnnotationContext context)
    {
        var severity = reply.Code switch
        {
            0 => AssistSeverity.ProtocolWarning,
            < 300 => AssistSeverity.Success,
            < 400 => AssistSeverity.Intermediate,
            < 500 => AssistSeverity.TransientFailure,
            _ => AssistSeverity.PermanentFailure,
        };
        var after = context.After?.ToString() ?? "nothing";
        return new SmtpAnnotation(reply, context.After, severity, $"reply after {after}", [], null);
    }
}
