using System.Text;
using TelnetLite.Core.Smtp;
using TelnetLite.Core.Tests.Smtp.Support;

namespace TelnetLite.Core.Tests.Smtp;

public sealed class SmtpReplyParserTests
{
    private static IReadOnlyList<SmtpReply> Parse(string text) => new SmtpReplyParser().Feed(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("250 OK\r\n", 250, null, 1, SmtpReplyFlaws.None)]
    [InlineData("250 2.1.0 Sender OK\r\n", 250, "2.1.0", 1, SmtpReplyFlaws.None)]
    [InlineData("250-mail1.fabrikam.com Hello\r\n250-SIZE\r\n250 CHUNKING\r\n", 250, null, 3, SmtpReplyFlaws.None)]
    [InlineData("550-5.7.26 Unauthenticated email\r\n550 5.7.26  a1b2 - gsmtp\r\n", 550, "5.7.26", 2, SmtpReplyFlaws.None)]
    [InlineData("250-2.0.0 first line carries it\r\n250 last line does not\r\n", 250, "2.0.0", 2, SmtpReplyFlaws.None)]
    [InlineData("250 x.y.z not a code\r\n", 250, null, 1, SmtpReplyFlaws.None)]
    [InlineData("250 9.1.1 class nine is not RFC 3463\r\n", 250, null, 1, SmtpReplyFlaws.None)]
    [InlineData("250\r\n", 250, null, 1, SmtpReplyFlaws.None)]
    [InlineData("250-first\r\n251 second\r\n", 250, null, 2, SmtpReplyFlaws.MixedCodes)]
    [InlineData("250OK\r\n", 250, null, 1, SmtpReplyFlaws.MissingSeparator)]
    [InlineData("250 OK\n", 250, null, 1, SmtpReplyFlaws.BareLineFeed)]
    [InlineData("250 caf\u00e9\r\n", 250, null, 1, SmtpReplyFlaws.NonAscii)]
    [InlineData("SSH-2.0-OpenSSH_9.6\r\n", 0, null, 1, SmtpReplyFlaws.NoCode)]
    [InlineData("\r\n", 0, null, 1, SmtpReplyFlaws.NoCode)]
    [InlineData("25\r\n", 0, null, 1, SmtpReplyFlaws.NoCode)]
    [InlineData("000 zero\r\n", 0, null, 1, SmtpReplyFlaws.NoCode)]
    [InlineData("999 nine\r\n", 999, null, 1, SmtpReplyFlaws.UnknownClass)]
    [InlineData("650-a\r\n650 b\r\n", 650, null, 2, SmtpReplyFlaws.UnknownClass)]
    [InlineData("150 Opening data connection\r\n", 150, null, 1, SmtpReplyFlaws.UnknownClass)]
    [InlineData("250-first\r\nwrapped without a code\r\n250 last\r\n", 250, null, 3, SmtpReplyFlaws.NoCode)]
    [InlineData("421-4.7.0 a\n421_4.7.0 b\r\n", 421, "4.7.0", 2, SmtpReplyFlaws.BareLineFeed | SmtpReplyFlaws.MissingSeparator)]
    public void EachInputGivesOneReplyWithItsCodeEnhancedCodeLinesAndFlaws(
        string input, int code, string? enhanced, int lineCount, SmtpReplyFlaws flaws)
    {
        var reply = Assert.Single(Parse(input));
        Assert.Equal(code, reply.Code);
        Assert.Equal(enhanced, reply.Enhanced?.ToString());
        Assert.Equal(lineCount, reply.Lines.Count);
        Assert.Equal(flaws, reply.Flaws);
    }

    [Fact]
    public void LinesKeepTheirTextTheirRawFormAndWhetherTheyAreLast()
    {
        var reply = Assert.Single(Parse("250-mail1.fabrikam.com Hello [192.0.2.10]\r\n250 2.0.0 done\r\n"));
        Assert.Equal(new SmtpReplyLine(250, false, "mail1.fabrikam.com Hello [192.0.2.10]", "250-mail1.fabrikam.com Hello [192.0.2.10]"), reply.Lines[0]);
        Assert.Equal(new SmtpReplyLine(250, true, "2.0.0 done", "250 2.0.0 done"), reply.Lines[1]);
        Assert.Equal("done", reply.Text);
    }

    [Fact]
    public void ALineWithoutACodeIsItsOwnReplyBetweenTwoGoodOnes()
    {
        var replies = Parse("220 ready\r\nhello from a banner\r\n250 OK\r\n");
        Assert.Equal([220, 0, 250], replies.Select(r => r.Code));
        Assert.Equal("hello from a banner", replies[1].Lines[0].Raw);
        Assert.Equal(SmtpReplyFlaws.NoCode, replies[1].Flaws);
    }

    [Fact]
    public void SeveralRepliesInOneChunkComeOutInOrder()
    {
        var replies = Parse("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n");
        Assert.Equal([250, 250, 354], replies.Select(r => r.Code));
        Assert.Equal(["2.1.0", "2.1.5", null], replies.Select(r => r.Enhanced?.ToString()));
    }

    [Theory]
    [InlineData(510, false)]
    [InlineData(511, true)]
    public void ALineOver512OctetsWithItsCrLfIsFlaggedTooLong(int contentOctets, bool tooLong)
    {
        var reply = Assert.Single(Parse("250 " + new string('x', contentOctets - 4) + "\r\n"));
        Assert.Equal(tooLong, reply.Flaws.HasFlag(SmtpReplyFlaws.TooLong));
    }

    [Fact]
    public void AnEndlessLineKeepsOnlyItsFirstOctetsAndIsStillOneReply()
    {
        var parser = new SmtpReplyParser();
        var replies = new List<SmtpReply>();
        var chunk = Encoding.ASCII.GetBytes(new string('y', 4096));
        parser.Feed("250 "u8, replies);
        for (var i = 0; i < 256; i++) parser.Feed(chunk, replies);
        Assert.Empty(replies);
        parser.Feed("\r\n"u8, replies);

        var reply = Assert.Single(replies);
        Assert.Equal(250, reply.Code);
        Assert.Equal(SmtpReplyParser.KeptLineOctets, reply.Lines[0].Raw.Length);
        Assert.Equal(SmtpReplyFlaws.TooLong, reply.Flaws);
    }

    [Fact]
    public void AVeryLongMultiLineReplyIsKeptBoundedAndHandedOutOnceAtItsEnd()
    {
        var parser = new SmtpReplyParser();
        var replies = new List<SmtpReply>();
        var line = "250-x\r\n"u8.ToArray();
        for (var i = 0; i < 2500; i++) parser.Feed(line, replies);

        Assert.Empty(replies);
        Assert.True(parser.HasPartialReply);

        parser.Feed("250 last\r\n"u8, replies);

        var reply = Assert.Single(replies);
        Assert.Equal(SmtpReplyParser.MaxLinesPerReply, reply.Lines.Count);
        Assert.Equal("250 last", reply.Lines[^1].Raw);
        Assert.Equal(SmtpReplyFlaws.TooManyLines, reply.Flaws);
    }

    [Fact]
    public void EveryStrictPrefixOfAReplyProducesNothing()
    {
        var bytes = Encoding.ASCII.GetBytes("250-mail1.fabrikam.com Hello\r\n250-SIZE\r\n250 CHUNKING\r\n");
        for (var length = 0; length < bytes.Length; length++)
        {
            var parser = new SmtpReplyParser();
            Assert.Empty(parser.Feed(bytes.AsSpan(0, length)));
            Assert.Equal(length > 0, parser.HasPartialReply);
        }
    }

    public static TheoryData<string> SplitInputs() => new()
    {
        "250-mail1.fabrikam.com Hello [192.0.2.10]\r\n250-SIZE 10240000\r\n250 CHUNKING\r\n",
        "220 caf\u00e9 \u65e5\u672c ESMTP\r\n250 OK\n550-5.1.1 a\r\n551 5.1.1 b\r\n",
        "no code here\r\n250OK\r\n\r\n250-2.0.0 x\r\nwrapped\r\n250 y\r\n",
        "250 " + new string('z', 1500) + "\r\n250 2.1.0 Ok\r\n",
        "250 \u00e9" + new string('e', 1017) + "\u00e9\u00e9\r\n",
        "421 4.4.2 mail1.fabrikam.test Error: timeout exceeded",
    };

    [Theory]
    [MemberData(nameof(SplitInputs))]
    public void EverySplitIntoTwoOrThreeChunksGivesTheSameRepliesAsTheWhole(string input)
    {
        var bytes = Encoding.UTF8.GetBytes(input);
        var whole = ReplyDescriptions.ParseChunks([bytes]);
        Assert.NotEmpty(whole);
        for (var first = 0; first <= bytes.Length; first++)
        {
            Assert.Equal(whole, ReplyDescriptions.ParseChunks([bytes[..first], bytes[first..]]));
            var second = first + (bytes.Length - first) / 2;
            Assert.Equal(whole, ReplyDescriptions.ParseChunks([bytes[..first], bytes[first..second], bytes[second..]]));
        }
        Assert.Equal(whole, ReplyDescriptions.ParseChunks(bytes.Select(b => new[] { b })));
    }

    [Fact]
    public void FlushHandsOutAnUnterminatedLastLineWithoutCallingItABareLineFeed()
    {
        var parser = new SmtpReplyParser();
        Assert.Empty(parser.Feed("421 4.4.2 Error: timeout exceeded"u8));
        var replies = new List<SmtpReply>();
        parser.Flush(replies);

        var reply = Assert.Single(replies);
        Assert.Equal(421, reply.Code);
        Assert.Equal("4.4.2", reply.Enhanced?.ToString());
        Assert.Equal(SmtpReplyFlaws.None, reply.Flaws);
        Assert.False(parser.HasPartialReply);
    }

    [Fact]
    public void FlushHandsOutAnUnfinishedMultiLineReplyFlaggedAsUnfinished()
    {
        var parser = new SmtpReplyParser();
        Assert.Empty(parser.Feed("250-mail1\r\n250-SIZE\r\n"u8));
        var replies = new List<SmtpReply>();
        parser.Flush(replies);

        var reply = Assert.Single(replies);
        Assert.Equal(2, reply.Lines.Count);
        Assert.False(reply.Lines[^1].IsLast);
        Assert.Equal(SmtpReplyFlaws.Unfinished, reply.Flaws);
    }

    [Fact]
    public void AContinuationCutMidLineByTheEndOfInputIsUnfinishedTooButALastLineIsNot()
    {
        var cut = new SmtpReplyParser();
        cut.Feed("250-mail1\r\n250-SIZE 1000"u8);
        var replies = new List<SmtpReply>();
        cut.Flush(replies);
        Assert.Equal(SmtpReplyFlaws.Unfinished, Assert.Single(replies).Flaws);

        var whole = new SmtpReplyParser();
        whole.Feed("250-mail1\r\n250 SIZE 1000"u8);
        replies.Clear();
        whole.Flush(replies);
        Assert.Equal(SmtpReplyFlaws.None, Assert.Single(replies).Flaws);
    }

    [Theory]
    [InlineData("999 what\r\n", 999)]
    [InlineData("100 hm\r\n", 100)]
    [InlineData("699\r\n", 699)]
    public void AThreeDigitCodeOutsideTheReplyClassesIsAReplyFlaggedUnknownClass(string input, int code)
    {
        var reply = Assert.Single(Parse(input));
        Assert.Equal(code, reply.Code);
        Assert.True(reply.Flaws.HasFlag(SmtpReplyFlaws.UnknownClass));
        Assert.False(reply.Flaws.HasFlag(SmtpReplyFlaws.NoCode));
    }

    [Fact]
    public void ResetForgetsHalfAReply()
    {
        var parser = new SmtpReplyParser();
        parser.Feed("250-mail1\r\n250 SI"u8);
        parser.Reset();
        Assert.False(parser.HasPartialReply);
        var reply = Assert.Single(parser.Feed("220 2.0.0 Ready to start TLS\r\n"u8));
        Assert.Equal(220, reply.Code);
        Assert.Single(reply.Lines);
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void EachFixtureParsesTheSameWholeLineByLineAndByteByByte(string name)
    {
        var bytes = ConversationFixture.Load(name).ServerBytes();
        var whole = ReplyDescriptions.ParseChunks([bytes]);
        var lines = new List<byte[]>();
        for (int start = 0, end; start < bytes.Length; start = end)
        {
            end = Array.IndexOf(bytes, (byte)'\n', start) + 1;
            lines.Add(bytes[start..end]);
        }

        Assert.Equal(whole, ReplyDescriptions.ParseChunks(lines));
        Assert.Equal(whole, ReplyDescriptions.ParseChunks(bytes.Select(b => new[] { b })));
        Assert.DoesNotContain(whole, r => !r.Contains("|None|", StringComparison.Ordinal));
    }

    public static TheoryData<string> FixtureNames() => new(ConversationFixture.Names());
}
