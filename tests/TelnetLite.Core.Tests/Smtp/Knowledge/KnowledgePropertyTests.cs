using CsCheck;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Smtp.Knowledge;

namespace TelnetLite.Core.Tests.Smtp.Knowledge;

/// <summary>Whatever a server sends or a user pastes, the annotator and the explainer answer and never throw.</summary>
public sealed class KnowledgePropertyTests
{
    // Characters that reach the interesting paths: digits, separators, base64, brackets, control and non-ASCII characters.
    private static readonly Gen<string> Text = Gen.String[Gen.Char["0123456789 -.<>@=:;abcXYZ+/\t\r\n\u00e9\u0000\u20ac"], 0, 60];

    private static readonly Gen<SmtpReplyLine> Line =
        Gen.Select(Gen.Int[-5, 1200], Gen.Bool, Text, (code, last, text) => new SmtpReplyLine(code, last, text, text));

    private static readonly Gen<SmtpReply> Reply = Gen.Select(
        Gen.Int[-5, 1200],
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 12], Gen.Int[0, 999], (c, s, d) => new EnhancedStatusCode(c, s, d)).Nullable(),
        Line.Array[0, 4],
        Gen.Int[0, 63],
        (code, enhanced, lines, flaws) => new SmtpReply(code, enhanced, lines, (SmtpReplyFlaws)flaws));

    private static readonly Gen<SmtpCommand> Command = Gen.Select(
        Gen.Enum<SmtpVerb>(), Text, Gen.Bool, Gen.Bool, Gen.Bool,
        (verb, text, brackets, space, notify) => new SmtpCommand(verb, text, text, text.Length > 0 ? text : null, brackets, space,
            notify ? new Dictionary<string, string?> { ["NOTIFY"] = text, ["RET"] = null } : new Dictionary<string, string?>()));

    private static readonly Gen<SmtpAnnotationContext> Context = Gen.Select(
        Command.Null(), Gen.Enum<SmtpVerb>().Nullable(), Text.Null(), Gen.Int[0, 65535], Gen.Bool, Gen.Bool, Text.Null(),
        (command, after, ehlo, port, tls, auth, domain) => new SmtpAnnotationContext(
            command, after,
            ehlo is null ? null : SmtpCapabilities.FromEhloReply(new SmtpReply(250, null, [new SmtpReplyLine(250, false, "x", "x"), new SmtpReplyLine(250, true, ehlo, ehlo)], SmtpReplyFlaws.None)),
            port, tls, auth, 0, domain));

    [Fact]
    public void AnnotateNeverThrowsAndAlwaysSaysSomething()
    {
        Gen.Select(Reply, Context).Sample((reply, context) =>
        {
            var annotation = SmtpAnnotator.Annotate(reply, context);
            Assert.False(string.IsNullOrWhiteSpace(annotation.Meaning));
            Assert.NotEmpty(annotation.ToLines());
        });
    }

    [Fact]
    public void ExplainNeverThrowsAndEitherExplainsOrSaysWhyNot()
    {
        var after = Gen.OneOf<string?>(null, "EHLO", "mail", ".", "connect", "bogus", "");
        Gen.Select(Text.Array[0, 5], after).Sample((words, verb) =>
        {
            var result = SmtpExplainer.Explain(words, verb);
            Assert.True(result.ExitCode == 0 ? result.Lines.Count > 0 && result.Error is null : result.Lines.Count == 0 && result.Error is not null);
        });
    }

    [Fact]
    public void ExplainNeverThrowsOnReplyShapedText()
    {
        var line = Gen.Select(Gen.Int[0, 999], Gen.Char[" -X"], Text, (code, separator, text) => $"{code:000}{separator}{text}");
        Gen.Select(line.Array[1, 6], Gen.OneOf<string?>(null, "RCPT", "AUTH")).Sample((lines, verb) =>
        {
            var result = SmtpExplainer.ExplainText(string.Join("\r\n", lines), verb);
            Assert.True(result.ExitCode is 0 or 1);
        });
    }

    [Fact]
    public void CapabilityExplanationsNeverThrow()
    {
        Gen.Select(Text, Text).Sample((first, second) =>
        {
            var reply = new SmtpReply(250, null, [new SmtpReplyLine(250, false, first, first), new SmtpReplyLine(250, true, second, second)], SmtpReplyFlaws.None);
            var lines = SmtpCapabilityExplainer.Explain(SmtpCapabilities.FromEhloReply(reply));
            Assert.All(lines, l => Assert.Contains(" — ", l));
        });
    }
}
