using System.Text;
using TelnetLite.Core.Demo;

namespace TelnetLite.Core.Tests.Demo;

public sealed class DemoLineReaderTests
{
    private static async Task<List<string>> ReadAllAsync(string input, int bytesPerRead, int maxLineLength = 20)
    {
        var reader = new DemoLineReader(new TrickleStream(Encoding.Latin1.GetBytes(input), bytesPerRead), maxLineLength);
        var lines = new List<string>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add(line.TooLong ? "<too long>" : Encoding.Latin1.GetString(line.Bytes));
        }

        return lines;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task LinesArriveWholeHoweverTheBytesAreSplit(int bytesPerRead)
    {
        var lines = await ReadAllAsync("EHLO contoso.com\r\nNOOP\n\r\nQUIT\r\n", bytesPerRead);

        Assert.Equal(["EHLO contoso.com", "NOOP", "", "QUIT"], lines);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(4096)]
    public async Task ALineLongerThanTheLimitIsReportedOnceAndTheNextLineIsIntact(int bytesPerRead)
    {
        var lines = await ReadAllAsync(new string('a', 50) + "\r\n" + new string('b', 20) + "\r\n" + new string('c', 21) + "\nok\r\n", bytesPerRead);

        Assert.Equal(["<too long>", new string('b', 20), "<too long>", "ok"], lines);
    }

    [Fact]
    public async Task ALoneCarriageReturnStaysInTheLineAndAnUnfinishedLastLineIsDropped()
    {
        var lines = await ReadAllAsync("a\rb\r\nunfinished", 3);

        Assert.Equal(["a\rb"], lines);
    }

    [Fact]
    public async Task ExactReadsTakeTheBufferedBytesFirstThenTheStream()
    {
        var reader = new DemoLineReader(new TrickleStream("BDAT 12\r\nHello world!NOOP\r\n"u8.ToArray(), 4), 100);
        using var sink = new MemoryStream();

        var command = await reader.ReadLineAsync(CancellationToken.None);
        var whole = await reader.ReadExactAsync(12, sink, CancellationToken.None);
        var next = await reader.ReadLineAsync(CancellationToken.None);

        Assert.Equal("BDAT 12", Encoding.ASCII.GetString(command!.Value.Bytes));
        Assert.True(whole);
        Assert.Equal("Hello world!", Encoding.ASCII.GetString(sink.ToArray()));
        Assert.Equal("NOOP", Encoding.ASCII.GetString(next!.Value.Bytes));
    }

    [Fact]
    public async Task AnExactReadCutShortByTheClientClosingSaysSo()
    {
        var reader = new DemoLineReader(new TrickleStream("abc"u8.ToArray(), 2), 100);

        Assert.False(await reader.ReadExactAsync(10, null, CancellationToken.None));
    }

    [Fact]
    public async Task RestartingOnANewStreamForgetsWhatWasReadAhead()
    {
        var reader = new DemoLineReader(new TrickleStream("STARTTLS\r\nRSET\r\n"u8.ToArray(), 4096), 100);
        await reader.ReadLineAsync(CancellationToken.None);

        reader.Restart(new TrickleStream("EHLO contoso.com\r\n"u8.ToArray(), 4096));

        Assert.Equal("EHLO contoso.com", Encoding.ASCII.GetString((await reader.ReadLineAsync(CancellationToken.None))!.Value.Bytes));
    }
}
