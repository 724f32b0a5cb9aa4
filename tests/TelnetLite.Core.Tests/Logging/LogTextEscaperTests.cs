using System.Text;
using CsCheck;
using TelnetLite.Core.Logging;
using TelnetLite.Core.Text;

namespace TelnetLite.Core.Tests.Logging;

public sealed class LogTextEscaperTests
{
    private static readonly Gen<byte> InterestingByte = Gen.Frequency(
        (4, (IGen<byte>)Gen.Byte),
        (3, Gen.Byte[0x20, 0x7E]),
        (2, Gen.OneOf((byte)'\\', (byte)'\r', (byte)'\n', (byte)'\t', (byte)'x', (byte)0x7F)),
        // Lead and continuation bytes, so that valid and broken UTF-8 both come up often.
        (3, Gen.OneOf((byte)0xC2, (byte)0xC3, (byte)0xA9, (byte)0x80, (byte)0x9B, (byte)0xE2, (byte)0x82, (byte)0xAC,
            (byte)0xF0, (byte)0x9F, (byte)0x98, (byte)0x80, (byte)0xED, (byte)0xA0, (byte)0xC0, (byte)0xFF)),
        // Pieces of U+202E, U+200B and U+FEFF, so that the invisible format characters come up too.
        (2, Gen.OneOf((byte)0xE2, (byte)0x80, (byte)0xAE, (byte)0x8B, (byte)0xEF, (byte)0xBB, (byte)0xBF)));

    [Theory]
    [InlineData("250 2.1.0 Sender OK", "250 2.1.0 Sender OK")]
    [InlineData("5C", @"\\")]
    [InlineData("0D", @"\r")]
    [InlineData("0A", @"\x0A")]
    [InlineData("09", @"\x09")]
    [InlineData("00", @"\x00")]
    [InlineData("1B5B33316D", @"\x1B[31m")]
    [InlineData("7F", @"\x7F")]
    [InlineData("7E", "~")]
    [InlineData("C3A9", "é")]
    [InlineData("E282AC", "€")]
    [InlineData("F09F9880", "😀")]
    [InlineData("FF", @"\xFF")]
    [InlineData("C3", @"\xC3")]
    [InlineData("A9", @"\xA9")]
    [InlineData("C0AF", @"\xC0\xAF")]
    [InlineData("EDA080", @"\xED\xA0\x80")]
    [InlineData("C29B", @"\xC2\x9B")]
    [InlineData("E280A8", @"\xE2\x80\xA8")]
    [InlineData("7B307D", "{0}")]
    [InlineData("78E280AE676E702E657865E280AC", @"x\xE2\x80\xAEgnp.exe\xE2\x80\xAC")]
    [InlineData("E2808B", @"\xE2\x80\x8B")]
    [InlineData("E2808F", @"\xE2\x80\x8F")]
    [InlineData("E280AA", @"\xE2\x80\xAA")]
    [InlineData("E281A0", @"\xE2\x81\xA0")]
    [InlineData("E281A4", @"\xE2\x81\xA4")]
    [InlineData("E281A6", @"\xE2\x81\xA6")]
    [InlineData("E281A9", @"\xE2\x81\xA9")]
    [InlineData("EFBBBF", @"\xEF\xBB\xBF")]
    [InlineData("E2808A", "\u200A")]
    [InlineData("E281A5", "\u2065")]
    public void EachByteIsWrittenAsTheTableSays(string text, string expected)
    {
        var bytes = IsHex(text) ? Convert.FromHexString(text) : Encoding.UTF8.GetBytes(text);

        Assert.Equal(expected, LogTextEscaper.Escape(bytes));
    }

    [Fact]
    public void AReceivedLineShowsItsEndingUnlessItWasCrLf()
    {
        Assert.Equal("250 OK", LogTextEscaper.EscapeReceived(Line("250 OK", LineEnding.CrLf)));
        Assert.Equal(@"250 OK\x0A", LogTextEscaper.EscapeReceived(Line("250 OK", LineEnding.Lf)));
        Assert.Equal(@"Password: \", LogTextEscaper.EscapeReceived(Line("Password: ", LineEnding.None)));
        Assert.Equal(@"a\r\", LogTextEscaper.EscapeReceived(Line("a\r", LineEnding.None)));
    }

    [Fact]
    public void TextIsEscapedLikeBytes()
    {
        Assert.Equal(@"C:\\logs\x09é", LogTextEscaper.Escape("C:\\logs\té"));
    }

    [Theory]
    [InlineData(@"\")]
    [InlineData(@"abc\")]
    [InlineData(@"\q")]
    [InlineData(@"\x4")]
    [InlineData(@"\xZZ")]
    [InlineData(@"\x+F")]
    public void MalformedTextIsRefusedNotGuessed(string text)
    {
        Assert.False(LogTextEscaper.TryUnescape(text, out var bytes));
        Assert.Null(bytes);
    }

    [Fact]
    public void UnescapingAcceptsLowerCaseHex()
    {
        Assert.True(LogTextEscaper.TryUnescape(@"\xff\x0a", out var bytes));
        Assert.Equal(new byte[] { 0xFF, 0x0A }, bytes);
    }

    [Fact]
    public void AnyBytesComeBackExactly()
    {
        InterestingByte.Array[0, 64].Sample(bytes =>
        {
            Assert.True(LogTextEscaper.TryUnescape(LogTextEscaper.Escape(bytes), out var back));
            Assert.Equal(bytes, back);
        });
    }

    [Fact]
    public void EscapedTextHoldsNoControlCharacterOrLineBreak()
    {
        InterestingByte.Array[0, 64].Sample(bytes =>
        {
            var text = LogTextEscaper.Escape(bytes);
            Assert.DoesNotContain(text, c => char.IsControl(c) || c is '\u2028' or '\u2029'
                || c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
                    or (>= '\u2066' and <= '\u2069') or '\uFEFF');
        });
    }

    [Fact]
    public void AnyReceivedStreamComesBackExactlyFromItsLogLines()
    {
        InterestingByte.Array[0, 200].Sample(bytes =>
        {
            var assembler = new ReceivedLineAssembler(maxLineLength: 16);
            var lines = assembler.Feed(bytes).Append(assembler.TakePartial()).OfType<ReceivedLine>();
            var rebuilt = new List<byte>();
            foreach (var text in lines.Select(LogTextEscaper.EscapeReceived))
            {
                Assert.True(LogTextEscaper.TryUnescapeReceived(text, out var wire), text);
                rebuilt.AddRange(wire);
            }
            Assert.Equal(bytes, rebuilt);
        });
    }

    [Theory]
    [InlineData("250 OK", "250 OK\r\n")]
    [InlineData(@"250 OK\x0A", "250 OK\n")]
    [InlineData(@"login: \", "login: ")]
    [InlineData(@"ends in backslash\\", "ends in backslash\\\r\n")]
    [InlineData(@"partial backslash\\\", "partial backslash\\")]
    public void AReceivedLineGivesBackItsWireBytes(string text, string wire)
    {
        Assert.True(LogTextEscaper.TryUnescapeReceived(text, out var bytes));
        Assert.Equal(Encoding.UTF8.GetBytes(wire), bytes);
    }

    private static ReceivedLine Line(string text, LineEnding ending) => new(Encoding.UTF8.GetBytes(text), ending, false);

    private static bool IsHex(string text) =>
        text.Length % 2 == 0 && text.All(char.IsAsciiHexDigitUpper);
}
