using TelnetLite.Core.Smtp;

namespace TelnetLite.Core.Tests.Smtp.Support;

/// <summary>Replies as comparable text: records hold their lines in lists, which compare by reference.</summary>
internal static class ReplyDescriptions
{
    public static string Describe(SmtpReply reply) =>
        $"{reply.Code}|{reply.Enhanced?.ToString() ?? "-"}|{reply.Flaws}|" +
        string.Join("¶", reply.Lines.Select(l => $"{l.Code}{(l.IsLast ? ' ' : '-')}{l.Text}⟨{l.Raw}⟩"));

    public static List<string> Describe(IEnumerable<SmtpReply> replies) => replies.Select(Describe).ToList();

    /// <summary>Feeds the chunks in order, then flushes, and describes every reply.</summary>
    public static List<string> ParseChunks(IEnumerable<byte[]> chunks, bool flush = true)
    {
        var parser = new SmtpReplyParser();
        var replies = new List<SmtpReply>();
        foreach (var chunk in chunks) parser.Feed(chunk, replies);
        if (flush) parser.Flush(replies);
        return Describe(replies);
    }
}
