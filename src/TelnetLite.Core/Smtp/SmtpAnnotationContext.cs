namespace TelnetLite.Core.Smtp;

/// <summary>What the annotator knows of the conversation when it explains a reply.</summary>
/// <param name="Command">The command the reply answers, when known (null for the greeting or an unpaired reply).</param>
/// <param name="After">The verb the reply answers: <see cref="SmtpVerb.Connect"/> for the greeting; null when unknown.</param>
/// <param name="Capabilities">The EHLO capabilities seen so far, if any.</param>
/// <param name="Port">The server port (25, 465, 587...); 0 when unknown (e.g. <c>telnetlite explain</c>).</param>
/// <param name="TlsActive">True once STARTTLS (or implicit TLS) is on.</param>
/// <param name="Authenticated">True after a 235 to AUTH.</param>
/// <param name="AcceptedRecipients">Recipients accepted so far in this transaction.</param>
/// <param name="SenderDomain">The domain the user gave in EHLO/HELO or MAIL FROM, for next-step hints; null when unknown.</param>
public sealed record SmtpAnnotationContext(
    SmtpCommand? Command,
    SmtpVerb? After,
    SmtpCapabilities? Capabilities = null,
    int Port = 0,
    bool TlsActive = false,
    bool Authenticated = false,
    int AcceptedRecipients = 0,
    string? SenderDomain = null);
