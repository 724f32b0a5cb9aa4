using CsCheck;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpReplyParserPropertyTests
{
    [Fact]
    public void AnyBytesSplitAnywhereGiveTheSameRepliesAsWholeAndNeverThrow()
    {
        Gen.Select(SmtpInputGen.Bytes, Gen.Int[1, 700].Array[0, 8]).Sample((bytes, cuts) =>
        {
            var whole = ReplyDescriptions.ParseChunks([bytes]);
            var points = cuts.Select(c => c % (bytes.Length + 1)).Order().ToArray();
            var chunks = new List<byte[]>();
            var start = 0;
            foreach (var point in points)
            {
                chunks.Add(bytes[start..point]);
                start = point;
            }
            chunks.Add(bytes[start..]);
            Assert.Equal(whole, ReplyDescriptions.ParseChunks(chunks));
        }, iter: 2000);
    }

    [Fact]
    public void AnyBytesFedOneByOneGiveTheSameRepliesAsWhole()
    {
        SmtpInputGen.Bytes.Sample(bytes =>
            Assert.Equal(ReplyDescriptions.ParseChunks([bytes]), ReplyDescriptions.ParseChunks(bytes.Select(b => new[] { b }))), iter: 500);
    }

    [Fact]
    public void EveryReplyHasAtLeastOneLineAndItsFlawsDescribeIt()
    {
        SmtpInputGen.Bytes.Sample(bytes =>
        {
            var parser = new SmtpReplyParser();
            var replies = new List<SmtpReply>();
            parser.Feed(bytes, replies);
            parser.Flush(replies);
            foreach (var reply in replies)
            {
                Assert.NotEmpty(reply.Lines);
                Assert.Equal(reply.Code == 0, reply.Flaws.HasFlag(SmtpReplyFlaws.NoCode) && reply.Lines[0].Code == 0);
                Assert.All(reply.Lines, l => Assert.True(l.Raw.Length <= SmtpReplyParser.KeptLineOctets));
            }
        }, iter: 2000);
    }
}
