using System.Text;
using CsCheck;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Tests.Text;

public sealed class ReceivedLineAssemblerTests
{
    private static readonly Gen<byte> LineishByte = Gen.Frequency(
        (6, (IGen<byte>)Gen.Byte[0x20, 0x7E]),
        (2, Gen.OneOf((byte)'\r', (byte)'\n')),
        (1, Gen.Byte));

    [Fact]
    public void CrLfBareLfAndALoneCrAreToldApart()
    {
        var lines = new ReceivedLineAssembler().Feed("250 OK\r\nbare\nlone\rcr\r\n"u8);

        Assert.Equal(["250 OK", "bare", "lone\rcr"], lines.Select(Text));
        Assert.Equal([LineEnding.CrLf, LineEnding.Lf, LineEnding.CrLf], lines.Select(line => line.Ending));
        Assert.All(lines, line => Assert.False(line.IsCut));
    }

    [Fact]
    public void AnEmptyLineIsALine()
    {
        var lines = new ReceivedLineAssembler().Feed("\r\n\n"u8);

        Assert.Equal([("", LineEnding.CrLf), ("", LineEnding.Lf)], lines.Select(line => (Text(line), line.Ending)));
    }

    [Fact]
    public void ACrAtTheEndOfAChunkStillJoinsTheLfOfTheNextChunk()
    {
        var assembler = new ReceivedLineAssembler();

        Assert.Empty(assembler.Feed("220 ready\r"u8));
        var line = Assert.Single(assembler.Feed("\n"u8));

        Assert.Equal(("220 ready", LineEnding.CrLf), (Text(line), line.Ending));
    }

    [Fact]
    public void ThePartialLineIsKeptUntilTakenAndThenTheAssemblerIsEmpty()
    {
        var assembler = new ReceivedLineAssembler();

        Assert.Empty(assembler.Feed("Username: "u8));
        Assert.True(assembler.HasPartial);
        var partial = assembler.TakePartial();

        Assert.NotNull(partial);
        Assert.Equal(("Username: ", LineEnding.None, false), (Text(partial), partial.Ending, partial.IsCut));
        Assert.False(assembler.HasPartial);
        Assert.Null(assembler.TakePartial());
    }

    [Fact]
    public void DataAfterATakenPartialStartsANewLine()
    {
        var assembler = new ReceivedLineAssembler();
        assembler.Feed("login: "u8);
        assembler.TakePartial();

        var line = Assert.Single(assembler.Feed("again\r\n"u8));

        Assert.Equal("again", Text(line));
    }

    [Fact]
    public void ALineOfExactlyTheMaximumLengthStaysWhole()
    {
        var assembler = new ReceivedLineAssembler(maxLineLength: 8);

        var line = Assert.Single(assembler.Feed("12345678\r\n"u8));

        Assert.Equal(("12345678", LineEnding.CrLf, false), (Text(line), line.Ending, line.IsCut));
    }

    [Fact]
    public void ALongerLineIsCutIntoFlaggedPiecesThatAddUpToIt()
    {
        var assembler = new ReceivedLineAssembler(maxLineLength: 8);

        var lines = assembler.Feed("abcdefghijklmnopqrstuvwxyz\r\n"u8);

        Assert.Equal(["abcdefgh", "ijklmnop", "qrstuvwx", "yz"], lines.Select(Text));
        Assert.Equal([true, true, true, false], lines.Select(line => line.IsCut));
        Assert.Equal(LineEnding.None, lines[0].Ending);
        Assert.Equal(LineEnding.CrLf, lines[^1].Ending);
    }

    [Fact]
    public void ACutNeverSplitsAUtf8Character()
    {
        var assembler = new ReceivedLineAssembler(maxLineLength: 8);

        // "é" (C3 A9) straddles the eighth byte, so the cut comes before it.
        var lines = assembler.Feed(Encoding.UTF8.GetBytes("abcdefgéhijklmnopq\n"));

        Assert.Equal(["abcdefg", "éhijklm", "nopq"], lines.Select(Text));
    }

    [Fact]
    public void AServerThatNeverSendsLfCannotGrowTheBuffer()
    {
        var assembler = new ReceivedLineAssembler(maxLineLength: 1024);
        var chunk = new byte[10_000];
        Array.Fill(chunk, (byte)'x');
        var pieces = new List<ReceivedLine>();

        for (var i = 0; i < 100; i++) pieces.AddRange(assembler.Feed(chunk));

        Assert.All(pieces, piece => Assert.True(piece.IsCut && piece.Content.Length <= 1024));
        var rest = assembler.TakePartial()?.Content.Length ?? 0;
        Assert.True(rest <= 1024 + 2);
        Assert.Equal(1_000_000, pieces.Sum(piece => piece.Content.Length) + rest);
    }

    [Fact]
    public void AMaximumBelowFourIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReceivedLineAssembler(maxLineLength: 3));
    }

    [Fact]
    public void EverySplitOfTheInputGivesTheSameLines()
    {
        var input = "220 mx ESMTP\r\n250-first\r\n250 last\nodd\rline\r\ntrailing"u8.ToArray();
        var expected = Describe(FeedInChunks(input, [input.Length]), null);

        for (var split = 0; split <= input.Length; split++)
        {
            Assert.Equal(expected, Describe(FeedInChunks(input, [split, input.Length - split]), null));
        }
        Assert.Equal(expected, Describe(FeedInChunks(input, Enumerable.Repeat(1, input.Length)), null));
    }

    [Fact]
    public void AnyChunkingOfAnyBytesGivesTheSameLinesAsOneChunk()
    {
        var gen = Gen.Select(LineishByte.Array[0, 120], Gen.Int[1, 9].Array[1, 40]);

        gen.Sample((bytes, sizes) =>
        {
            var whole = new ReceivedLineAssembler(maxLineLength: 16);
            var wholeLines = Describe(whole.Feed(bytes), whole.TakePartial());
            var chunked = new ReceivedLineAssembler(maxLineLength: 16);
            var chunkedLines = new List<ReceivedLine>();
            var offset = 0;
            for (var i = 0; offset < bytes.Length; i++)
            {
                var size = Math.Min(sizes[i % sizes.Length], bytes.Length - offset);
                chunkedLines.AddRange(chunked.Feed(bytes.AsSpan(offset, size)));
                offset += size;
            }
            Assert.Equal(wholeLines, Describe(chunkedLines, chunked.TakePartial()));
        });
    }

    [Fact]
    public void TheLinesAndTheirEndingsRebuildTheExactBytes()
    {
        LineishByte.Array[0, 200].Sample(bytes =>
        {
            var assembler = new ReceivedLineAssembler(maxLineLength: 16);
            var rebuilt = new List<byte>();
            foreach (var line in assembler.Feed(bytes).Append(assembler.TakePartial()).OfType<ReceivedLine>())
            {
                rebuilt.AddRange(line.Content.ToArray());
                if (line.Ending == LineEnding.CrLf) rebuilt.AddRange("\r\n"u8.ToArray());
                if (line.Ending == LineEnding.Lf) rebuilt.Add((byte)'\n');
            }
            Assert.Equal(bytes, rebuilt);
        });
    }

    private static List<ReceivedLine> FeedInChunks(byte[] input, IEnumerable<int> sizes)
    {
        var assembler = new ReceivedLineAssembler();
        var lines = new List<ReceivedLine>();
        var offset = 0;
        foreach (var size in sizes)
        {
            lines.AddRange(assembler.Feed(input.AsSpan(offset, size)));
            offset += size;
        }
        lines.AddRange(assembler.TakePartial() is { } partial ? [partial] : []);
        return lines;
    }

    private static List<string> Describe(IEnumerable<ReceivedLine> lines, ReceivedLine? partial) =>
        [.. lines.Append(partial).OfType<ReceivedLine>().Select(line => $"{Convert.ToHexString(line.Content.Span)}|{line.Ending}|{line.IsCut}")];

    private static string Text(ReceivedLine line) => Encoding.UTF8.GetString(line.Content.Span);
}
