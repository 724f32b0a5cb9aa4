using System.Text;
using CsCheck;
using TelnetLite.Core.Tests.Telnet.Support;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Tests.Text;

public sealed class ScreenTextDecoderTests
{
    // CR, LF, a letter and the two bytes of é: every way a CR can meet a line end or a UTF-8 sequence.
    private static readonly byte[] LineEndBytes = [0x0D, 0x0A, 0x61, 0xC3, 0xA9];

    [Theory]
    [InlineData("250 2.1.0 Sender OK\r\n", "250 2.1.0 Sender OK\r\n")]
    [InlineData("a\tb", "a\tb")]
    [InlineData("\u001b[2J", "^[[2J")]
    [InlineData("\a", "^G")]
    [InlineData("\0", "^@")]
    [InlineData("\b", "^H")]
    [InlineData("\u001f", "^_")]
    [InlineData("\u007f", "^?")]
    [InlineData("caf\u00e9 \u20ac \U0001F600", "caf\u00e9 \u20ac \U0001F600")]
    [InlineData("\u009b2J", "\\x9B2J")]
    [InlineData("\u0085", "\\x85")]
    [InlineData("\u00a0", "\u00a0")]
    public void ValidUtf8IsShownWithControlsMadeVisible(string sent, string shown) =>
        AssertDecodesAtEverySplit(Encoding.UTF8.GetBytes(sent), shown);

    [Theory]
    [InlineData("x\u202Egnp.exe\u202C", "x\\u202Egnp.exe\\u202C")]
    [InlineData("a\u200Bb\u200Fc", "a\\u200Bb\\u200Fc")]
    [InlineData("\u202A\u202D", "\\u202A\\u202D")]
    [InlineData("\u2060\u2064", "\\u2060\\u2064")]
    [InlineData("\u2066\u2069", "\\u2066\\u2069")]
    [InlineData("\uFEFF250 OK", "\\uFEFF250 OK")]
    [InlineData("\u200A\u2010\u2065\u206A", "\u200A\u2010\u2065\u206A")]
    public void BidiOverridesAndZeroWidthCharactersAreShownNeverRaw(string sent, string shown) =>
        AssertDecodesAtEverySplit(Encoding.UTF8.GetBytes(sent), shown);

    [Theory]
    [InlineData(new byte[] { 0x80 }, "\\x80")]
    [InlineData(new byte[] { 0xFF, 0x41 }, "\\xFFA")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "\\xC0\\xAF")]
    [InlineData(new byte[] { 0xC1, 0x81 }, "\\xC1\\x81")]
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF }, "\\xE0\\x80\\xAF")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "\\xED\\xA0\\x80")]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "\\xF4\\x90\\x80\\x80")]
    [InlineData(new byte[] { 0xF5, 0x80 }, "\\xF5\\x80")]
    [InlineData(new byte[] { 0xE2, 0x82, 0x41 }, "\\xE2\\x82A")]
    [InlineData(new byte[] { 0xE2, 0xC3, 0xA9 }, "\\xE2\u00e9")]
    [InlineData(new byte[] { 0xE2, 0x82, 0xAC, 0xAC }, "\u20ac\\xAC")]
    [InlineData(new byte[] { 0xE2, 0x1B }, "\\xE2^[")]
    public void EachInvalidByteIsShownAsItsHexValue(byte[] sent, string shown) =>
        AssertDecodesAtEverySplit(sent, shown);

    [Theory]
    [InlineData("a\rb", "a^Mb")]
    [InlineData("250-HIDDEN-BY-CR\r250-overwrite!!\r\n", "250-HIDDEN-BY-CR^M250-overwrite!!\r\n")]
    [InlineData("\r\r\n", "\r\n")]
    [InlineData("ok\r", "ok^M")]
    [InlineData("\r\u001b[2J", "^[[2J")]
    [InlineData("x\r\u001b[2J", "x^M^[[2J")]
    [InlineData("caf\u00e9\r\n\r\n", "caf\u00e9\r\n\r\n")]
    public void ACrNotFollowedByLfIsShownAsCaretMWhereverTheChunksSplit(string sent, string shown) =>
        AssertDecodesAtEverySplit(Encoding.UTF8.GetBytes(sent), shown);

    [Fact]
    public void ACrThatEndsOneReadWaitsForTheNextSoItCannotSendTheCursorBackToHideALine()
    {
        // What a user sees: "250-HIDDEN-BY-CR^M250-overwrite!!" on one line, the first part still readable.
        var decoder = new ScreenTextDecoder();
        Assert.Equal("250-HIDDEN-BY-CR", decoder.Decode("250-HIDDEN-BY-CR\r"u8));
        Assert.True(decoder.HasPending);
        Assert.Equal("^M250-overwrite!!\r\n", decoder.Decode("250-overwrite!!\r\n"u8));
        Assert.False(decoder.HasPending);
    }

    [Fact]
    public void ACrInvalidUtf8AndThenLfKeepTheirOrder()
    {
        var decoder = new ScreenTextDecoder();
        Assert.Equal("x\\xE2", decoder.Decode([0x78, 0xE2, 0x0D]));
        Assert.Equal("\r\n", decoder.Decode([0x0A]));
    }

    [Fact]
    public void FlushShowsAHeldCrAsCaretM()
    {
        var decoder = new ScreenTextDecoder();
        decoder.Decode("prompt\r"u8);
        Assert.Equal("^M", decoder.Flush());
        Assert.Equal("", decoder.Flush());
    }

    [Theory]
    [InlineData("\u001b[?2004htltest1@vm:~$ ", "tltest1@vm:~$ ")]
    [InlineData("\u001b[?2004l\rhi\r\n", "hi\r\n")]
    [InlineData("\u001b[01;32muser@vm\u001b[00m:\u001b[01;34m~\u001b[00m$ ", "user@vm:~$ ")]
    [InlineData("\u001b[m\u001b[0m\u001b[38:2:255:0:0mred", "red")]
    public void ColoursAndBracketedPasteFromAShellAreDroppedNotShown(string sent, string shown) =>
        AssertDecodesAtEverySplit(Encoding.UTF8.GetBytes(sent), shown);

    [Theory]
    [InlineData("\u001b]0;PWNED\u0007", "^[]0;PWNED^G")]
    [InlineData("\u001b[2J\u001b[H", "^[[2J^[[H")]
    [InlineData("\u001b[?1049h", "^[[?1049h")]
    [InlineData("\u001b[?2004x", "^[[?2004x")]
    [InlineData("\u001b[1;31?m", "^[[1;31?m")]
    [InlineData("\u001b[31\u0007m", "^[[31^Gm")]
    [InlineData("\u001b[", "^[[")]
    [InlineData("\u001b", "^[")]
    [InlineData("a\u001b\rb", "a^[^Mb")]
    [InlineData("\u001b[\u00e9", "^[[\u00e9")]
    public void EveryOtherSequenceStaysVisible(string sent, string shown) =>
        AssertDecodesAtEverySplit(Encoding.UTF8.GetBytes(sent), shown);

    [Fact]
    public void AnOverlongSequenceIsShownWhateverItEndsWith()
    {
        var sent = "\u001b[" + new string('1', 40) + "m";
        AssertDecodesAtEverySplit(Encoding.UTF8.GetBytes(sent), "^[[" + new string('1', 40) + "m");
    }

    [Fact]
    public void ACrWithNothingBeforeItOnItsLineIsDroppedButOneAfterTextIsShown()
    {
        AssertDecodesAtEverySplit("\rtext\r\n\rmore\rover"u8.ToArray(), "text\r\nmore^Mover");
    }

    [Fact]
    public void EveryCrInTheTextIsTheStartOfACrLf()
    {
        Gen.Select(Gen.Int[0, 4].Select(i => LineEndBytes[i]).Array[0, 32], Gen.Int[0, 32].Array[0, 6]).Sample((input, splits) =>
        {
            var decoder = new ScreenTextDecoder();
            var text = new StringBuilder();
            foreach (var chunk in Chunkings.At(input, splits)) decoder.Decode(chunk, text);
            decoder.Flush(text);
            var shown = text.ToString();
            for (var i = 0; i < shown.Length; i++)
            {
                if (shown[i] == '\r') Assert.True(i + 1 < shown.Length && shown[i + 1] == '\n', $"a bare CR in {shown}");
            }
        }, iter: 2000);
    }

    [Fact]
    public void AnIncompleteSequenceIsHeldUntilTheNextChunk()
    {
        var decoder = new ScreenTextDecoder();
        Assert.Equal("x", decoder.Decode([0x78, 0xF0, 0x9F]));
        Assert.True(decoder.HasPending);
        Assert.Equal("\U0001F600", decoder.Decode([0x98, 0x80]));
        Assert.False(decoder.HasPending);
    }

    [Fact]
    public void FlushShowsAHeldIncompleteSequenceAndForgetsIt()
    {
        var decoder = new ScreenTextDecoder();
        decoder.Decode([0x3E, 0xE2, 0x82]);
        Assert.Equal("\\xE2\\x82", decoder.Flush());
        Assert.False(decoder.HasPending);
        Assert.Equal("\\xAC", decoder.Decode([0xAC]));
        Assert.Equal(string.Empty, decoder.Flush());
    }

    [Fact]
    public void DecodingAppendsToTheGivenBuilder()
    {
        var decoder = new ScreenTextDecoder();
        var output = new StringBuilder("> ");
        decoder.Decode("ok\a"u8, output);
        decoder.Decode([0xC3], output);
        decoder.Flush(output);
        Assert.Equal("> ok^G\\xC3", output.ToString());
    }

    [Fact]
    public void ArbitraryBytesNeverThrowAndSplittingNeverChangesTheText()
    {
        Gen.Select(Gen.Byte.Array[0, 64], Gen.Int[0, 64].Array[0, 8]).Sample((input, splits) =>
        {
            var whole = new ScreenTextDecoder();
            var expected = whole.Decode(input) + whole.Flush();

            var chunked = new ScreenTextDecoder();
            var actual = new StringBuilder();
            foreach (var chunk in Chunkings.At(input, splits))
            {
                chunked.Decode(chunk, actual);
            }

            chunked.Flush(actual);
            Assert.Equal(expected, actual.ToString());
        }, iter: 2000);
    }

    [Fact]
    public void TheTextNeverHoldsAControlCharacterOtherThanTabCrAndLf()
    {
        Gen.Byte.Array[0, 64].Sample(input =>
        {
            var decoder = new ScreenTextDecoder();
            var text = decoder.Decode(input) + decoder.Flush();
            Assert.DoesNotContain(text, c => (char.IsControl(c) && c is not ('\t' or '\r' or '\n')));
            if (input.AsSpan().IndexOf("\uFFFD"u8) < 0)
            {
                // Lone surrogates would enumerate as replacement characters too.
                Assert.DoesNotContain(Rune.ReplacementChar, text.EnumerateRunes());
            }
        }, iter: 2000);
    }

    [Fact]
    public void PrintableTextSurvivesDecodingUnchanged()
    {
        var printable = Gen.Int[0x20, 0x10FFFF]
            .Where(c => c != 0x7F && (c is < 0x80 or > 0x9F) && (c is < 0xD800 or > 0xDFFF) && !IsInvisibleFormat(c))
            .Select(char.ConvertFromUtf32)
            .Array[0, 32]
            .Select(string.Concat);
        printable.Sample(text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var decoder = new ScreenTextDecoder();
            var shown = new StringBuilder();
            foreach (var value in bytes)
            {
                decoder.Decode([value], shown);
            }

            Assert.Equal(text, shown.ToString());
        });
    }

    private static bool IsInvisibleFormat(int c) =>
        c is (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x2064) or (>= 0x2066 and <= 0x2069) or 0xFEFF;

    private static void AssertDecodesAtEverySplit(byte[] input, string expected)
    {
        foreach (var (name, chunks) in Chunkings.Of(input))
        {
            var decoder = new ScreenTextDecoder();
            var output = new StringBuilder();
            foreach (var chunk in chunks)
            {
                decoder.Decode(chunk, output);
            }

            decoder.Flush(output);
            Assert.True(expected == output.ToString(), $"{name}: expected {expected} but got {output}");
        }
    }
}
