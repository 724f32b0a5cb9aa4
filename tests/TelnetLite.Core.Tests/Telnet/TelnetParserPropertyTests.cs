using CsCheck;
using TelnetLite.Core.Telnet;
using TelnetLite.Core.Tests.Telnet.Support;

namespace TelnetLite.Core.Tests.Telnet;

public sealed class TelnetParserPropertyTests
{
    // Arbitrary bytes, leaning on the ones that drive the parser so that sequences actually form.
    private static readonly Gen<byte[]> Input = Gen.Frequency<byte>(
        (1, Gen.Byte),
        (1, Gen.OneOf<byte>(255, 255, 250, 240, 241, 251, 252, 253, 254, 13, 0, 10, 1, 24))).Array[0, 80];

    private static readonly Gen<int[]> SplitPoints = Gen.Int[0, 80].Array[0, 8];

    private static readonly Gen<TelnetMode> Mode = Gen.OneOf(TelnetMode.Auto, TelnetMode.Telnet, TelnetMode.Raw);

    private static readonly Gen<int> Port = Gen.OneOf(23, 25, 587);

    private static readonly Gen<int> SubnegotiationBound = Gen.Int[1, 12];

    [Fact]
    public void SplittingArbitraryInputAnywhereNeverChangesWhatIsReported()
    {
        Gen.Select(Input, SplitPoints, Mode, Port, SubnegotiationBound).Sample((input, splits, mode, port, bound) =>
        {
            var whole = new TelnetParser(mode, port, bound);
            var expected = new RecordingParserHandler();
            whole.Feed(input, expected);
            whole.FlushPending(expected);

            var chunked = new TelnetParser(mode, port, bound);
            var actual = new RecordingParserHandler();
            foreach (var chunk in Chunkings.At(input, splits))
            {
                chunked.Feed(chunk, actual);
            }

            chunked.FlushPending(actual);

            Assert.Equal(expected.Events, actual.Events);
            Assert.Equal(whole.Enabled, chunked.Enabled);
            Assert.Equal(whole.Flaws, chunked.Flaws);
        }, iter: 2000);
    }

    [Fact]
    public void ReadingOneByteAtATimeMatchesReadingWhole()
    {
        Gen.Select(Input, Mode, Port).Sample((input, mode, port) =>
        {
            var expected = new RecordingParserHandler();
            var whole = new TelnetParser(mode, port);
            whole.Feed(input, expected);
            whole.FlushPending(expected);

            var actual = new RecordingParserHandler();
            var single = new TelnetParser(mode, port);
            foreach (var value in input)
            {
                single.Feed([value], actual);
            }

            single.FlushPending(actual);

            Assert.Equal(expected.Events, actual.Events);
        }, iter: 1000);
    }

    [Fact]
    public void RawModeReturnsEveryByteUnchanged()
    {
        Gen.Select(Input, SplitPoints).Sample((input, splits) =>
        {
            var parser = new TelnetParser(TelnetMode.Raw, 23);
            var handler = new RecordingParserHandler();
            foreach (var chunk in Chunkings.At(input, splits))
            {
                parser.Feed(chunk, handler);
            }

            Assert.Equal(input, handler.Data);
            Assert.All(handler.Events, e => Assert.StartsWith("data ", e, StringComparison.Ordinal));
        }, iter: 500);
    }

    [Fact]
    public void AutoModeLeavesRawDataUntouchedUntilTheFirstNegotiation()
    {
        Gen.Select(Input, SplitPoints).Sample((input, splits) =>
        {
            var parser = new TelnetParser(TelnetMode.Auto, 25);
            var handler = new RecordingParserHandler();
            foreach (var chunk in Chunkings.At(input, splits))
            {
                parser.Feed(chunk, handler);
            }

            parser.FlushPending(handler);

            var negotiationAt = Enumerable.Range(0, Math.Max(0, input.Length - 1))
                .FirstOrDefault(i => input[i] == 255 && input[i + 1] is >= 250 and <= 254, -1);
            Assert.Equal(negotiationAt >= 0, parser.Enabled);
            if (negotiationAt < 0)
            {
                Assert.Equal(input.Length == 0 ? [] : [$"data {Bytes.Hex(input)}"], handler.Events);
                return;
            }

            // The negotiation that switched processing on always reports something other than data (or,
            // when cut off by the end of the input, nothing), so the raw part stands alone at the start.
            var events = handler.Events;
            var rest = events;
            if (negotiationAt > 0)
            {
                Assert.Equal($"data {Bytes.Hex(input[..negotiationAt])}", events[0]);
                rest = [.. events.Skip(1)];
            }

            Assert.False(rest.Count > 0 && rest[0].StartsWith("data ", StringComparison.Ordinal), string.Join(", ", events));
        }, iter: 1000);
    }
}
