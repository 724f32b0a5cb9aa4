using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Tests.Smtp.Knowledge.Support;

/// <summary>Builds replies, commands and annotations from the text a server or a user really sends.</summary>
internal static class Replies
{
    /// <summary>One reply from its text; lines separated by \n.</summary>
    public static SmtpReply Parse(string text)
    {
        Assert.True(ReplyTextReader.TryRead(text, out var replies, out var error), error);
        return Assert.Single(replies);
    }

    public static SmtpAnnotation Annotate(string reply, SmtpVerb? after) =>
        SmtpAnnotator.Annotate(Parse(reply), new SmtpAnnotationContext(null, after));

    public static SmtpAnnotation Annotate(string reply, SmtpAnnotationContext context) =>
        SmtpAnnotator.Annotate(Parse(reply), context);

    public static SmtpCommand Mail(string line, string address, bool angleBrackets, bool spaceAroundColon = false,
        Dictionary<string, string?>? parameters = null) =>
        new(SmtpVerb.Mail, line, address, address, angleBrackets, spaceAroundColon, parameters ?? []);

    public static SmtpCommand Rcpt(string line, string address, bool angleBrackets, Dictionary<string, string?>? parameters = null) =>
        new(SmtpVerb.Rcpt, line, address, address, angleBrackets, false, parameters ?? []);

    public static SmtpCommand Plain(SmtpVerb verb, string line) => new(verb, line, "", null, false, false, new Dictionary<string, string?>());

    public static SmtpCapabilities Capabilities(params string[] keywordLines) =>
        SmtpCapabilities.FromEhloReply(Parse(string.Join('\n', ["250-mail1.fabrikam.com Hello", .. keywordLines.Select((l, i) => (i == keywordLines.Length - 1 ? "250 " : "250-") + l)])));
}
