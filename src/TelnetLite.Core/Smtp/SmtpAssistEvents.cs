using System.Globalization;

namespace TelnetLite.Core.Smtp;

/// <summary>A complete reply, explained: carries the <see cref="SmtpAnnotation"/> itself (reply, command, meaning).</summary>
public sealed record ReplyAnnotatedEvent(DateTimeOffset Time, SmtpAnnotation Annotation)
    : AssistEvent(Time, new AssistMessage(Annotation.Severity, Annotation.ToLines()));

/// <summary>What an accepted EHLO advertised, each keyword explained (<c>capability: SIZE ...</c>), after its reply's annotation.</summary>
public sealed record CapabilitiesEvent(DateTimeOffset Time, SmtpCapabilities Capabilities)
    : AssistEvent(Time, new AssistMessage(AssistSeverity.Info,
        Knowledge.SmtpCapabilityExplainer.Explain(Capabilities).Select(line => "capability: " + line).ToArray()));

/// <summary>A reply that broke the protocol's rules (no code, bare LF, too long...), after its annotation.</summary>
public sealed record ReplyFlawsEvent(DateTimeOffset Time, SmtpReply Reply)
    : AssistEvent(Time, new AssistMessage(AssistSeverity.ProtocolWarning, SmtpReplyFlawDescriptions.Lines(Reply.Flaws)));

/// <summary>SMTP recognised on a port where it was not assumed: the annotations held until now follow.</summary>
public sealed record SmtpRecognisedEvent(DateTimeOffset Time, int Port, int Code, string Answered)
    : AssistEvent(Time, new AssistMessage(AssistSeverity.Info,
        [string.Create(CultureInfo.InvariantCulture, $"info: SMTP recognised on port {Port}: the server answered {Code} to {Answered}")]));
