namespace TelnetLite.Core.Smtp;

/// <summary>A complete SMTP reply: one or more lines ending with the line whose code is followed by a space.</summary>
/// <param name="Code">The reply code of the first line (0 when it had none).</param>
/// <param name="Enhanced">The RFC 3463 code at the start of the last line's text (or the first's), when there is one.</param>
/// <param name="Lines">Every line in order.</param>
/// <param name="Flaws">What was malformed; <see cref="SmtpReplyFlaws.None"/> for a good reply.</param>
public sealed record SmtpReply(int Code, EnhancedStatusCode? Enhanced, IReadOnlyList<SmtpReplyLine> Lines, SmtpReplyFlaws Flaws)
{
    /// <summary>The reply's text: the last line's text without the enhanced code.</summary>
    public string Text
    {
        get
        {
            if (Lines.Count == 0) return "";
            var text = Lines[^1].Text;
            if (Enhanced is { } code)
            {
                var prefix = code.ToString();
                if (text.StartsWith(prefix, StringComparison.Ordinal)) text = text[prefix.Length..].TrimStart(' ');
            }
            return text;
        }
    }
}
