namespace TelnetLite.Core.Smtp;

/// <summary>One line of an SMTP reply, as received and as understood.</summary>
/// <param name="Code">The three-digit code of this line; 0 when the line has none (flagged on the reply).</param>
/// <param name="IsLast">True for <c>250 text</c>, false for <c>250-text</c>.</param>
/// <param name="Text">The text after the code and separator, with the enhanced code still in it.</param>
/// <param name="Raw">The whole line as received, without its line ending, decoded as UTF-8 with replacement.</param>
public sealed record SmtpReplyLine(int Code, bool IsLast, string Text, string Raw);
