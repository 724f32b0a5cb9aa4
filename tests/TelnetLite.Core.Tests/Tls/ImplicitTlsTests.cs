using TelnetLite.Core.Tls;

namespace TelnetLite.Core.Tests.Tls;

public sealed class ImplicitTlsTests
{
    [Theory]
    [InlineData(TlsChoice.ByPort, 465, true)]
    [InlineData(TlsChoice.ByPort, 25, false)]
    [InlineData(TlsChoice.ByPort, 587, false)]
    [InlineData(TlsChoice.On, 25, true)]
    [InlineData(TlsChoice.Off, 465, false)]
    public void Port465MeansTlsFromTheFirstByteUnlessSaidOtherwise(TlsChoice choice, int port, bool expected) =>
        Assert.Equal(expected, ImplicitTls.Applies(choice, port));

    [Fact]
    public void APlainSessionThatMeetsTlsIsToldToReconnectWithTls()
    {
        Assert.Equal(
            ["the server sent TLS bytes, not an SMTP reply: port 465 expects TLS from the first byte (implicit TLS, RFC 8314)",
             "next: reconnect with TLS: open --tls HOST 465 (on the command line --tls, or leave out --no-tls)"],
            TlsFailureExplainer.TlsBytesWithoutTls(465));
        Assert.Contains("waits for a TLS handshake first", TlsFailureExplainer.SilentImplicitTlsPort(465)[0]);
    }
}
