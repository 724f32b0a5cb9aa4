using CsCheck;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpReplyParserPropertyTests
{
    [Fact]
    public void AnyBytesSplitAnywhereGiveTheSameRepliesAsWholeAndNeverThrow()
    {
        Gen.Select(SmtpGen.Bytes, Gen.Int[1, 700].Array[0, 8]).Sample((bytes, cuts) =>
        {
            var whole = ReplyFormat.ParseChunks([bytes]);
            var points = cuts.Select(c => c % (bytes.Length + 1)).Order().ToArray();
            var chunks = new List<byte[]>();
            var start = 0;
            foreach (var point in points)
            {
                chunks.Add(bytes[start..point]);
                start = point;
            }
            chunks.Add(bytes[start..]);
            Assert.Equal(whole, ReplyFormat.ParseChunks(chunks));
        }, iter: 2000);
    }

    [Fact]
    public void AnyBytesFedOneByOneGiveTheSameRepliesAsWhole()
    {
        SmtpGen.Bytes.Sample(bytes =>
            Assert.Equal(ReplyFormat.ParseChunks([bytes]), ReplyFormat.ParseChunks(bytes.Select(b => new[] { b }))), iter: 500);
    }

    [Fact]
    public void EveryReplyHasAtLeastOneLineAndItsFlawsDescribeIt()
    {
        SmtpGen.Bytes.Sample(bytes =>
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
