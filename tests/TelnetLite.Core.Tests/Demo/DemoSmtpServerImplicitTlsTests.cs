using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using TelnetLite.Core.Demo;
using TelnetLite.Core.Tests.Support;

namespace TelnetLite.Core.Tests.Demo;

/// <summary>The implicit-TLS listener (as on port 465) and the certificate fingerprint TelnetLite's own sessions pin.</summary>
public sealed class DemoSmtpServerImplicitTlsTests
{
    [Fact]
    public async Task TheHandshakeComesFirstAndTheGreetingArrivesInsideTls()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { ImplicitTls = true });
        await using var client = await SmtpTestClient.ConnectAsync(harness.Server.EndPoint);

        await client.StartTlsAsync();

        Assert.StartsWith("220 mail1.fabrikam.com Microsoft ESMTP MAIL Service ready at ", await client.ReadReplyAsync());
        Assert.Equal(harness.Server.CertificateSha256, ((X509Certificate2)client.ServerCertificate!).GetCertHashString(HashAlgorithmName.SHA256));
    }

    [Fact]
    public async Task OverImplicitTlsEhloOffersNoStartTlsAndMailIsRecordedAsEsmtps()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { ImplicitTls = true });
        await using var client = await SmtpTestClient.ConnectAsync(harness.Server.EndPoint);
        await client.StartTlsAsync();
        await client.ReadReplyAsync();

        var ehlo = await client.CommandAsync("EHLO contoso.com");
        Assert.DoesNotContain("STARTTLS", ehlo);
        Assert.Contains("250-AUTH LOGIN PLAIN CRAM-MD5", ehlo);
        Assert.Equal("503 5.5.1 TLS already active", await client.CommandAsync("STARTTLS"));
        await client.CommandAsync("MAIL FROM:chris@contoso.com");
        await client.CommandAsync("RCPT TO:kate@fabrikam.com");
        await client.CommandAsync("DATA");
        Assert.StartsWith("250 2.6.0 ", await client.CommandAsync("Subject: over TLS\r\n\r\nhi\r\n."));
        Assert.Contains(" with ESMTPS id ", await File.ReadAllTextAsync(Assert.Single(harness.Mailbox.Files("*.eml"))));
    }

    [Fact]
    public async Task AClientThatSpeaksPlainTextGetsNoGreetingAndIsDisconnected()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { ImplicitTls = true });
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(harness.Server.EndPoint);
        var stream = tcp.GetStream();

        await stream.WriteAsync(Encoding.ASCII.GetBytes("EHLO contoso.com\r\n"));
        var received = new MemoryStream();
        var buffer = new byte[256];
        int read;
        while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30))) > 0) received.Write(buffer, 0, read);

        // The line is read as a broken ClientHello: the handshake fails and the connection ends, with no 220 ever.
        Assert.DoesNotContain("220", Encoding.ASCII.GetString(received.ToArray()));
    }

    [Fact]
    public async Task ThePinnedFingerprintIsTheCertificatesSha256AndOutlivesTheServer()
    {
        var harness = await DemoHarness.StartAsync();
        var expected = harness.Server.Certificate.GetCertHashString(HashAlgorithmName.SHA256);

        Assert.Equal(expected, harness.Server.CertificateSha256);
        Assert.Matches("^[0-9A-F]{64}$", harness.Server.CertificateSha256);
        await harness.DisposeAsync();
        Assert.Equal(expected, harness.Server.CertificateSha256);
    }

    [Fact]
    public async Task AnotherClientStillSeesTheCertificateAsSelfSigned()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { ImplicitTls = true });
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(harness.Server.EndPoint);
        SslPolicyErrors seen = SslPolicyErrors.None;
        await using var tls = new SslStream(tcp.GetStream(), false, (_, _, _, errors) =>
        {
            seen = errors;
            return false;
        });

        await Assert.ThrowsAsync<System.Security.Authentication.AuthenticationException>(() => tls.AuthenticateAsClientAsync("mail1.fabrikam.com"));
        Assert.Equal(SslPolicyErrors.RemoteCertificateChainErrors, seen);
    }

    [Fact]
    public async Task TheWelcomeTextSaysTheListenerSpeaksTlsFromTheFirstByte()
    {
        await using var harness = await DemoHarness.StartAsync(new DemoServerOptions { ImplicitTls = true });

        Assert.Contains("implicit TLS", harness.Server.WelcomeText);
        Assert.DoesNotContain("STARTTLS works", harness.Server.WelcomeText);
    }
}
