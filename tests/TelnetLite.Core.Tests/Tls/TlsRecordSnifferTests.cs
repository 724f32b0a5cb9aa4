using CsCheck;
using TelnetLite.Core.Tests.Tls.Support;
using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Tls;

public sealed class TlsRecordSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 22, 3, 1, 0, 5 }, true)]
    [InlineData(new byte[] { 21, 3, 3 }, true)]
    [InlineData(new byte[] { 23, 3, 4 }, true)]
    [InlineData(new byte[] { (byte)'2', (byte)'2', (byte)'0' }, false)]
    [InlineData(new byte[] { 22, 3 }, false)]
    [InlineData(new byte[] { 25, 3, 3 }, false)]
    public void ATlsRecordStartsWithAContentTypeAndVersionThree(byte[] bytes, bool expected) =>
        Assert.Equal(expected, TlsRecordSniffer.LooksLikeTls(bytes));

    [Theory]
    [InlineData("220 mail1.fabrikam.test ESMTP\r\n", true)]
    [InlineData("554-Go away\r\n", true)]
    [InlineData("421\r\n", true)]
    [InlineData("* OK IMAP4rev1 ready\r\n", true)]
    [InlineData("", false)]
    public void PlainTextIsAnSmtpReplyOrPrintableAscii(string text, bool expected) =>
        Assert.Equal(expected, TlsRecordSniffer.LooksLikeText(System.Text.Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void BinaryIsNotText() => Assert.False(TlsRecordSniffer.LooksLikeText([22, 3, 1, 0, 5]));

    [Fact]
    public void TheFirstUnencryptedAlertIsFoundBehindOtherRecords()
    {
        byte[] bytes = [.. TlsTestServer.Tls10ServerHello(), .. TlsTestServer.FatalAlert(70)];

        Assert.Equal(new TlsAlert(2, 70), TlsRecordSniffer.FirstAlert(bytes));
        Assert.Equal(0x0301, TlsRecordSniffer.ServerHelloVersion(bytes));
    }

    [Fact]
    public void AnEncryptedAlertATruncatedRecordAndGarbageGiveNoAnswer()
    {
        Assert.Null(TlsRecordSniffer.FirstAlert([21, 3, 3, 0, 19, .. new byte[19]]));
        Assert.Null(TlsRecordSniffer.FirstAlert([21, 3, 3, 0, 2, 2]));
        Assert.Null(TlsRecordSniffer.FirstAlert("220 hello"u8));
        Assert.Null(TlsRecordSniffer.ServerHelloVersion([22, 3, 3, 0, 4, 2, 0, 0, 0]));
        Assert.Null(TlsRecordSniffer.ServerHelloVersion([]));
    }

    [Fact]
    public void AnyBytesAtAllAreReadWithoutThrowing()
    {
        Gen.Byte.Array[0, 64].Sample(bytes =>
        {
            _ = TlsRecordSniffer.LooksLikeTls(bytes);
            _ = TlsRecordSniffer.LooksLikeText(bytes);
            _ = TlsRecordSniffer.FirstAlert(bytes);
            _ = TlsRecordSniffer.ServerHelloVersion(bytes);
        });
    }
}
