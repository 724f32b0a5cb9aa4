using System.Globalization;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Smtp;

// The lines quote the server (a reply's text, a capability): they are made safe for a terminal here, where they
// leave the assistant for every screen, once (TerminalText).

/// <summary>A complete reply, explained: carries the <see cref="SmtpAnnotation"/> itself (reply, command, meaning).</summary>
public sealed record ReplyAnnotatedEvent(DateTimeOffset Time, SmtpAnnotation Annotation)
    : AssistEvent(Time, new AssistMessage(Annotation.Severity, TerminalText.VisibleLines(Annotation.ToLines())));

/// <summary>What an accepted EHLO advertised, each keyword explained (<c>capability: SIZE ...</c>), after its reply's annotation.</summary>
public sealed record CapabilitiesEvent(DateTimeOffset Time, SmtpCapabilities Capabilities)
    : AssistEvent(Time, new AssistMessage(AssistSeverity.Info, TerminalText.VisibleLines(
        Knowledge.SmtpCapabilityExplainer.Explain(Capabilities).Select(line => "capability: " + line).ToArray())));

/// <summary>A reply that broke the protocol's rules (no code, bare LF, too long...), after its annotation.</summary>
public sealed record ReplyFlawsEvent(DateTimeOffset Time, SmtpReply Reply)
    : AssistEvent(Time, new AssistMessage(AssistSeverity.ProtocolWarning, TerminalText.VisibleLines(SmtpReplyFlawDescriptions.Lines(Reply.Flaws))));

/// <summary>SMTP recognised on a port where it was not assumed: the annotations held until now follow.</summary>
internal sealed record SmtpRecognisedEvent(DateTimeOffset Time, int Port, int Code, string Answered)
    : AssistEvent(Time, new AssistMessage(AssistSeverity.Info,
        [string.Create(CultureInfo.InvariantCulture, $"info: SMTP recognised on port {Port}: the server answered {Code} to {Answered}")]));
